// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Zhiban",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zhiban", targets: ["zhiban"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
    ],
    targets: [
        // The world of the report: people, compounds, posts, shifts. Foundation at most.
        .target(name: "DutyModel", dependencies: [
            .product(name: "Tagged", package: "swift-tagged"),
        ]),
        // CSV import/export: decoding (UTF-8, BOM, GB18030), parsing with positions, tables.
        .target(name: "DutyCSV", dependencies: ["DutyModel"]),
        // What both problem forms share: score, violations, constraint catalogue, search budget
        // and the parts of annealing that are the same for both.
        .target(name: "SearchCore", dependencies: ["DutyModel"]),
        // The scheduling engine of the product: duty rosters (slots with times) compiled from the
        // directory, their constraints, search, replanning, explanations and reports.
        .target(name: "DutyEngine", dependencies: ["DutyModel", "SearchCore"]),
        // The standard shift-scheduling benchmark (one shift type per worker per day): its reader
        // and writer, constraints, search (annealing, row dynamic programme, column generation)
        // and replanning.
        .target(name: "ShiftBenchmark", dependencies: ["DutyModel", "SearchCore", "LinearSolver"]),
        // COIN-OR Clp's C interface through a shim header.
        .systemLibrary(name: "CClp", providers: [.apt(["coinor-libclp-dev"])]),
        // The only module that calls Clp: linear programmes re-solved warm as columns are added,
        // for column generation.
        .target(name: "LinearSolver", dependencies: ["CClp"]),
        // Seeded generator of a sample city like the report's.
        .target(name: "DutySample", dependencies: ["DutyModel"]),
        // libpq, PostgreSQL's C client, through a shim header (docs/decisions/0012).
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // The only module that calls libpq: connections running parameterised statements, their
        // errors, notifications, and a throwaway local cluster for the tests and benchmarks.
        .target(name: "PostgresClient", dependencies: ["CLibPQ"]),
        // The store: one logic over SQL sessions, on SQLite (the only module that imports GRDB)
        // or on a PostgreSQL server (through PostgresClient).
        .target(name: "DutyStore", dependencies: [
            "DutyModel", "PostgresClient",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Terminal-independent text layout: display width, tables, screen buffer, keys. No curses.
        .target(name: "TerminalKit"),
        // ncursesw for Swift: the wide API, globals and macros through a shim header.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // The only module that imports curses: start and restore the terminal, draw a screen
        // buffer, read keys.
        .target(name: "NcursesTerminal", dependencies: ["CNcursesw", "TerminalKit"]),
        // The interface as values: state, actions, a pure reducer returning effects, a pure render.
        .target(name: "DutyApp", dependencies: ["DutyModel", "DutyEngine", "TerminalKit", "DutyDocuments"]),
        // Printed documents as content (sign-in sheets, shift sheets, rosters …) and their
        // plain-text rendering. Pure.
        .target(name: "DutyDocuments", dependencies: ["DutyModel", "TerminalKit"]),
        // cairo and pango (with Noto CJK) through a shim header.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        // The only module that calls cairo and pango: documents to PDF, fonts embedded.
        .target(name: "DutyPDF", dependencies: ["CPangoCairo", "DutyDocuments", "DutyModel"]),
        // The interface's effects carried out: against the store (through its protocol), the solver
        // in the background, the printer. Results come back to the reducer only as actions.
        .target(name: "DutyRuntime", dependencies: ["DutyApp", "DutyEngine", "DutyModel", "DutyDocuments", "DutyPDF"]),
        // What each zhiban command does, over the store protocol: it reads, computes, writes and
        // says what it did. The executable only declares arguments and wires them.
        .target(name: "DutyCLI", dependencies: [
            "DutyModel", "DutyCSV", "DutyEngine", "SearchCore", "ShiftBenchmark", "DutySample", "DutyStore", "TerminalKit", "DutyApp",
            "DutyRuntime", "DutyDocuments", "DutyPDF", "DutyFuzz",
        ]),
        .executableTarget(name: "zhiban", dependencies: [
            "DutyCLI", "DutyModel", "DutyCSV", "DutyEngine", "SearchCore", "ShiftBenchmark", "DutySample", "DutyStore", "TerminalKit",
            "DutyApp", "NcursesTerminal", "DutyDocuments", "DutyPDF", "DutyRuntime",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Seeded mutation fuzzing, in process: a mutator over seed corpora and one target per
        // parser of outside files (CSV import, benchmark instance and roster, keys file), each
        // checking an invariant of the parser's answer. Used by the tests and `zhiban bench fuzz`.
        .target(name: "DutyFuzz", dependencies: ["DutyModel", "DutyCSV", "DutySample", "ShiftBenchmark", "SearchCore",
                                                 "DutyApp", "TerminalKit"]),
        // Fixtures and helpers shared by the test targets.
        .target(name: "DutyTestSupport", dependencies: ["DutyModel", "DutyEngine", "DutySample", "DutyCSV", "PostgresClient"]),
        .testTarget(name: "DutyModelTests", dependencies: ["DutyModel", "DutyTestSupport"]),
        .testTarget(name: "LinearSolverTests", dependencies: ["LinearSolver"]),
        .testTarget(name: "SearchCoreTests", dependencies: ["SearchCore", "DutyModel"]),
        .testTarget(name: "DutyEngineTests", dependencies: ["DutyEngine", "SearchCore", "DutyModel", "DutySample"]),
        .testTarget(name: "ShiftBenchmarkTests", dependencies: ["ShiftBenchmark", "SearchCore", "DutyModel"]),
        // What needs both problem forms: docs/constraints.md and IDs unique across the catalogues.
        .testTarget(name: "ConstraintCatalogueTests", dependencies: ["DutyEngine", "ShiftBenchmark", "SearchCore"]),
        .testTarget(name: "DutyCSVTests", dependencies: ["DutyCSV", "DutyTestSupport"]),
        .testTarget(name: "DutySampleTests", dependencies: ["DutySample", "DutyCSV"]),
        .testTarget(name: "DutyStoreTests", dependencies: ["DutyStore", "DutyTestSupport", "PostgresClient",
            .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(name: "DutyDocumentsTests", dependencies: ["DutyDocuments", "DutyPDF", "DutyModel", "DutySample", "DutyTestSupport"]),
        .testTarget(name: "DutyAppTests", dependencies: ["DutyApp", "DutyModel", "DutySample", "DutyTestSupport", "TerminalKit"]),
        .testTarget(name: "DutyRuntimeTests", dependencies: ["DutyRuntime", "DutyApp", "DutyModel", "DutySample", "DutyTestSupport",
                                                            "DutyDocuments", "TerminalKit", "DutyStore", "PostgresClient"]),
        .testTarget(name: "DutyCLITests", dependencies: ["DutyCLI", "DutyModel", "DutySample", "DutyTestSupport",
                                                        // The property test drives the interface and the runtime as well.
                                                        "DutyApp", "DutyRuntime", "DutyEngine", "DutyCSV", "DutyDocuments",
                                                        "TerminalKit"]),
        .testTarget(name: "DutyFuzzTests", dependencies: ["DutyFuzz", "DutyModel"]),
        .testTarget(name: "ZhibanEndToEndTests", dependencies: ["zhiban", "DutyCSV", "DutySample", "DutyStore", "TerminalKit",
                                                               "DutyTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
