import DutyDocuments
import DutyModel
import Foundation

/// `zhiban certificate`: a volunteer service-record certificate (志愿服务记录证明) for one
/// person over a date range, as the text of the certificate document. It is in Chinese whatever
/// the language of the messages. Written to standard output, or to a file whole (never over one).
public enum CertificateCommand {
    /// The certificate of the one person `query` names (number, name, pinyin or phone tail)
    /// over `dates`, issued by `issuer` (else the person's street office and compound); written
    /// to `out` when given.
    public static func run(_ store: any RosterStore, _ query: String, _ dates: ClosedRange<LocalDate>, issuer: String?,
                           out: String?, _ l: Language, _ console: Console) throws {
        let zh = l == .zh
        let directory = try store.loadDirectory()
        let person = try PersonChoice(query, among: directory.people) { _ in false }.chosen(query, l)
        let now = LocalDateTime.now()
        let certificate = ServiceCertificate(person: person, records: try store.checkIns(of: person.id), directory: directory,
                                             from: dates.lowerBound, to: dates.upperBound, issued: now.date, issuer: issuer)
        try requireHours(certificate, l)
        let text = CertificateDocument.build(certificate, printed: now, language: .zh).text()
        guard let out else {
            console.out(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: out)
        } catch AtomicFileError.exists {
            throw CLIError(zh ? "\(out) 已存在，不覆盖" : "\(out) exists; not overwritten")
        } catch {
            let reason = (error as? AtomicFileError)?.reasons ?? Localized(zh: SystemReason.chinese(error.localizedDescription),
                                                                         en: error.localizedDescription)
            throw CLIError(zh ? "无法写入 \(out)：\(reason.zh)" : "cannot write \(out): \(reason.en)")
        }
        console.out(zh ? "已写入 \(out)" : "Wrote \(out)")
    }

    /// A certificate is proof of hours served: none is issued for a range without any, and the
    /// message says so (with the open check-ins that could still be closed or corrected).
    static func requireHours(_ certificate: ServiceCertificate, _ l: Language) throws {
        guard certificate.totalMinutes == 0 else { return }
        let name = certificate.person.name, from = certificate.from, to = certificate.to, open = certificate.open
        let zh = "\(name) 在 \(from) 至 \(to) 没有服务时长（没有签到、签退齐全的记录），不出具证明"
            + (open > 0 ? "；有 \(open) 次签到未签退：可用 zhiban close-shift 按计划结束时间结束，或更正后再出具" : "")
        let en = "\(name) served no hours from \(from) to \(to) (no record with both a check-in and a check-out); no certificate issued"
            + (open > 0 ? "; \(open) check-ins have no check-out: close them with zhiban close-shift, or correct them, then try again" : "")
        throw CLIError(Localized(zh: zh, en: en), l)
    }
}
