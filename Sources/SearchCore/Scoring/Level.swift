/// Whether a rule must hold (hard) or only costs its penalty (soft).
public enum Level: String, Sendable, Hashable {
    case hard, soft
}
