import DutyCSV
import Testing

@Suite struct TextDecoderTests {
    let text = "人员编号,姓名\nP1,张伟\nP2,曾国强\n"

    @Test func plainUTF8() {
        let decoded = TextDecoder.decode(Array(text.utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == text)
        #expect(decoded.invalid.isEmpty)
    }

    @Test func utf8WithBOMDropsTheBOM() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(decoded.encoding == .utf8BOM)
        #expect(decoded.text == text)
    }

    @Test func gb18030IsDetected() throws {
        // 张 = D5C5, 伟 = CEB0 in GBK; written out by hand so the test does not trust our encoder.
        let bytes: [UInt8] = Array("P1,".utf8) + [0xD5, 0xC5, 0xCE, 0xB0] + Array("\n".utf8)
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "P1,张伟\n")
        let encoded = try #require(TextEncoding.gb18030.encode(text))
        #expect(TextDecoder.decode(Array(encoded)).text == text)
    }

    @Test func fourByteGB18030() throws {
        // U+20000 𠀀 is a four-byte sequence in GB 18030.
        let encoded = try #require(TextEncoding.gb18030.encode("𠀀,x\n"))
        #expect(encoded.count == 7)
        let decoded = TextDecoder.decode(Array(encoded))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "𠀀,x\n")
    }

    @Test func invalidBytesAreLocated() {
        var bytes = Array("a,b\nc,d\n".utf8) + Array("张伟".utf8)
        bytes.insert(0xFF, at: 6)  // inside "d" on line 2
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.invalid.count == 1)
        #expect(decoded.invalid.first?.line == 2)
        #expect(decoded.invalid.first?.byteOffset == 6)
        #expect(decoded.text.unicodeScalars.contains(DecodedText.replacement))
    }

    @Test func forcedEncodingIsObeyed() {
        let decoded = TextDecoder.decode(Array(text.utf8), as: .gb18030)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text != text)
    }
}
