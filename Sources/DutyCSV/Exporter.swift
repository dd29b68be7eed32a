import DutyModel

/// Writes a ``Directory`` as CSV files in the format ``Importer`` reads, so that
/// export → import → export gives the same bytes.
public struct Exporter {
    public var language: Language
    public var encoding: TextEncoding

    public init(language: Language = .zh, encoding: TextEncoding = .utf8BOM) {
        self.language = language
        self.encoding = encoding
    }

    /// The file name of a table in this exporter's language.
    public func fileName(_ table: Table) -> String { "\(table.fileName(language)).csv" }

    /// One text per table, records sorted by ID.
    public func texts(_ directory: Directory) -> [(table: Table, text: String)] {
        let d = directory.sorted()
        return Table.allCases.map { table in
            var text = CSVParser.line(table.columns.map { $0.header(language) })
            for row in rows(table, d) { text += CSVParser.line(row) }
            return (table, text)
        }
    }

    /// The encoded files; fails when a text cannot be written in the encoding.
    public func files(_ directory: Directory) throws(ExportError) -> [(name: String, data: [UInt8])] {
        var result: [(name: String, data: [UInt8])] = []
        for (table, text) in texts(directory) {
            guard let data = encoding.encode(text) else { throw ExportError.unencodable(fileName(table), encoding) }
            result.append((fileName(table), Array(data)))
        }
        return result
    }

    func rows(_ table: Table, _ d: Directory) -> [[String]] {
        let l = language
        switch table {
        case .organisations:
            return d.organisations.map { [$0.id.rawValue, $0.name, $0.kind.name(l)] }
        case .areas:
            return d.areas.map { [$0.id.rawValue, $0.name, $0.leader?.rawValue ?? ""] }
        case .compounds:
            return d.compounds.map { [$0.id.rawValue, $0.name, $0.area.rawValue, "\($0.households)",
                                      $0.cadre?.rawValue ?? ""] }
        case .gates:
            return d.gates.map { [$0.id.rawValue, $0.compound.rawValue, $0.name] }
        case .buildings:
            return d.buildings.map { [$0.id.rawValue, $0.compound.rawValue, $0.name, "\($0.households)",
                                      $0.leader?.rawValue ?? ""] }
        case .people:
            return d.people.map { p in
                [p.id.rawValue, p.name, p.phone, p.sex.name(l), "\(p.birthYear)", p.compound.rawValue,
                 p.building?.rawValue ?? "", p.organisation?.rawValue ?? "",
                 TextFormats.format(roles: p.roles, l), TextFormats.format(skills: p.skills, l),
                 TextFormats.format(availability: p.availability, l),
                 TextFormats.format(unavailable: p.unavailable, l),
                 p.maxHoursPerWeek.map { "\($0)" } ?? "", TextFormats.format(bool: p.nightDutyAllowed, l), p.notes]
            }
        case .shiftTemplates:
            return d.shiftTemplates.flatMap { t in
                t.shifts.map { [t.id.rawValue, t.name, $0.code, $0.name, "\($0.start)", "\($0.end)",
                                $0.night.map { TextFormats.format(bool: $0, l) } ?? ""] }
            }
        case .posts:
            return d.posts.map { p in
                [p.id.rawValue, p.name, p.kind.name(l), p.compound.rawValue, p.gate?.rawValue ?? "",
                 p.template.rawValue, p.minAge.map { "\($0)" } ?? "", p.maxAge.map { "\($0)" } ?? ""]
            }
        case .staffing:
            return d.posts.flatMap { p in
                p.staffing.map { [p.id.rawValue, $0.shift, "\($0.minimum)", "\($0.maximum)",
                                  TextFormats.format(requirements: $0.requirements, l)] }
            }
        }
    }
}

public enum ExportError: Error, Sendable, Equatable {
    case unencodable(String, TextEncoding)

    public var message: Localized {
        switch self {
        case let .unencodable(file, encoding):
            Localized(zh: "\(file) 含有无法用 \(encoding.rawValue) 编码的字符，请改用 utf8",
                      en: "\(file) has characters that \(encoding.rawValue) cannot encode; use utf8")
        }
    }
}
