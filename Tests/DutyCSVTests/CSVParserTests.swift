import DutyCSV
import Testing

@Suite struct CSVParserTests {
    @Test func plainRecordsWithPositions() {
        let (records, errors) = CSVParser.parse("a,b,c\n1,2,3\n")
        #expect(errors.isEmpty)
        #expect(records.map { $0.fields.map(\.text) } == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(records[1].line == 2)
        #expect(records[1].fields[2].column == 3)
    }

    @Test func quotesEscapesAndLineBreaksInsideQuotes() {
        let text = "id,notes\r\nP1,\"说\"\"好\"\", 行\"\r\nP2,\"两\nlines\"\r\nP3,end"
        let (records, errors) = CSVParser.parse(text)
        #expect(errors.isEmpty)
        #expect(records.map { $0.fields[1].text } == ["notes", "说\"好\", 行", "两\nlines", "end"])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crOnlyLineEndsAndBlankLines() {
        let (records, _) = CSVParser.parse("a\rb\r\r\nc")
        #expect(records.map { $0.fields[0].text } == ["a", "b", "c"])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func emptyFieldsAreKept() {
        let (records, _) = CSVParser.parse("a,,c,\n")
        #expect(records[0].fields.map(\.text) == ["a", "", "c", ""])
    }

    @Test func unclosedQuoteIsReportedWhereItOpened() {
        let (_, errors) = CSVParser.parse("a,b\n1,\"open\n2,3\n")
        #expect(errors == [CSVSyntaxError(line: 2, column: 2, message: "the quote opened here is never closed")])
    }

    /// A quote never closed on its line, closed rows later by a quote with text after it:
    /// one error where it opened, that row dropped, the rows after it read as they are.
    @Test func aRunawayQuoteIsOneErrorAndTheRowsAfterItAreRead() {
        let (records, errors) = CSVParser.parse("a,b\n1,\"open\n2,3\n4,\"x, y\"\n5,6\n")
        #expect(errors == [CSVSyntaxError(line: 2, column: 2, message: "the quote opened here is never closed")])
        #expect(records.map { $0.fields.map(\.text) } == [["a", "b"], ["2", "3"], ["4", "x, y"], ["5", "6"]])
        #expect(records.map(\.line) == [1, 3, 4, 5])
    }

    /// A field that rightly holds a line break is not mistaken for a runaway quote.
    @Test func aQuotedLineBreakFollowedByACommaIsAField() {
        let (records, errors) = CSVParser.parse("a,b\n\"two\nlines\",x\n")
        #expect(errors.isEmpty)
        #expect(records.last?.fields.map(\.text) == ["two\nlines", "x"])
    }

    @Test func strayQuotes() {
        let (_, errors) = CSVParser.parse("a,b\nx\"y,\"z\"w\n")
        #expect(errors.map(\.line) == [2, 2])
        #expect(errors.map(\.column) == [1, 2])
    }

    @Test func quoteOnlyWhenNeeded() {
        #expect(CSVParser.line(["张伟", "a,b", "say \"hi\"", " lead", "x\ny"])
            == "张伟,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"x\ny\"\n")
        let (records, _) = CSVParser.parse(CSVParser.line(["张伟", "a,b", "say \"hi\"", " lead", "x\ny"]))
        #expect(records[0].fields.map(\.text) == ["张伟", "a,b", "say \"hi\"", " lead", "x\ny"])
    }
}
