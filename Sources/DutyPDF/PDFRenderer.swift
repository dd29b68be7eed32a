import CPangoCairo
import DutyDocuments
import DutyModel
import Foundation

/// Why a PDF could not be written.
public struct PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The only module that calls cairo and pango: documents laid out on A4 pages with Noto CJK,
/// fonts embedded as subsets. Tables wrap long cells and continue on new pages with their
/// header repeated; every page carries the document's footer and its page number.
public enum PDFRenderer {
    static let a4 = (width: 595.28, height: 841.89)
    static let margin = 36.0
    static let font = "Noto Sans CJK SC"

    /// Writes `documents` as one PDF at `path`, whole or not at all: drawn into a temporary
    /// file beside it, then renamed (``AtomicFile``). Refuses to overwrite unless `overwrite`.
    public static func write(_ documents: [Document], to path: String, overwrite: Bool = false) throws {
        do {
            try AtomicFile.write(to: path, overwrite: overwrite) { try draw(documents, to: $0) }
        } catch let error as AtomicFileError {
            throw PDFError(path: path, reason: error.reason)
        } catch let error as PDFError {
            throw PDFError(path: path, reason: error.reason)
        } catch {
            throw PDFError(path: path, reason: "\(error.localizedDescription)")
        }
    }

    static func draw(_ documents: [Document], to path: String) throws {
        guard let first = documents.first else { throw PDFError(path: path, reason: "nothing to print") }
        let size = first.orientation == .portrait ? a4 : (a4.height, a4.width)
        guard let surface = cairo_pdf_surface_create(path, size.0, size.1) else {
            throw PDFError(path: path, reason: "cannot create the PDF")
        }
        defer { cairo_surface_destroy(surface) }
        if cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS {
            throw PDFError(path: path, reason: String(cString: cairo_status_to_string(cairo_surface_status(surface))))
        }
        guard let cr = cairo_create(surface) else { throw PDFError(path: path, reason: "cannot draw") }
        defer { cairo_destroy(cr) }
        guard let layout = pango_cairo_create_layout(cr) else { throw PDFError(path: path, reason: "no text layout") }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        // One PDF unit is a point: font sizes are in points (pango assumes 96 dpi otherwise).
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        var page = Page(cr: cr, layout: layout, width: size.0, height: size.1)
        defer { page.freeFonts() }
        for document in documents {
            let size = document.orientation == .portrait ? a4 : (a4.height, a4.width)
            page.start(document, width: size.0, height: size.1, surface: surface)
            page.render(document)
            page.finish()
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        if status != CAIRO_STATUS_SUCCESS {
            throw PDFError(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }

    /// Drawing state on the current page.
    struct Page {
        let cr: OpaquePointer
        let layout: OpaquePointer
        /// Font descriptions by size and weight, made once.
        var fonts: [String: OpaquePointer] = [:]
        var width: Double
        var height: Double
        var y = 0.0
        var number = 0
        var document: Document?

        init(cr: OpaquePointer, layout: OpaquePointer, width: Double, height: Double) {
            self.cr = cr
            self.layout = layout
            self.width = width
            self.height = height
        }

        var contentWidth: Double { width - 2 * PDFRenderer.margin }
        var bottom: Double { height - PDFRenderer.margin - 20 }

        /// Lays out `text` at `size` points within `width` and returns its height, drawing it
        /// at (x, y) when `draw`.
        mutating func font(_ size: Double, bold: Bool) -> OpaquePointer? {
            let key = "\(PDFRenderer.font) \(bold ? "Bold " : "")\(size)"
            if let cached = fonts[key] { return cached }
            let description = pango_font_description_from_string(key)
            if let description { fonts[key] = description }
            return description
        }

        func freeFonts() {
            for description in fonts.values { pango_font_description_free(description) }
        }

        mutating func text(_ text: String, x: Double, y: Double, width: Double, size: Double, bold: Bool = false,
                           center: Bool = false, right: Bool = false, draw: Bool = true) -> Double {
            pango_layout_set_font_description(layout, font(size, bold: bold))
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_alignment(layout, center ? PANGO_ALIGN_CENTER : right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
            pango_layout_set_text(layout, text, -1)
            var w: Int32 = 0, h: Int32 = 0
            pango_layout_get_pixel_size(layout, &w, &h)
            if draw {
                cairo_move_to(cr, x, y)
                pango_cairo_show_layout(cr, layout)
            }
            return Double(h)
        }

        mutating func start(_ document: Document, width: Double, height: Double, surface: OpaquePointer) {
            self.document = document
            if width != self.width || height != self.height {
                cairo_pdf_surface_set_size(surface, width, height)
                self.width = width
                self.height = height
            }
            number = 0
            newPage(first: true)
        }

        mutating func newPage(first: Bool = false) {
            if !first { footer(); cairo_show_page(cr) }
            number += 1
            y = PDFRenderer.margin
            guard let document else { return }
            cairo_set_source_rgb(cr, 0, 0, 0)
            if first {
                y += text(document.title, x: PDFRenderer.margin, y: y, width: contentWidth, size: 18, bold: true, center: true) + 6
                for line in document.header {
                    y += text(line, x: PDFRenderer.margin, y: y, width: contentWidth, size: 10.5) + 2
                }
                y += text(document.footer, x: PDFRenderer.margin, y: y, width: contentWidth, size: 9) + 2
            } else {
                let line = document.title + " · " + (document.header.first ?? "")
                y += text(line, x: PDFRenderer.margin, y: y, width: contentWidth, size: 9)
            }
            y += 8
        }

        mutating func footer() {
            guard let document else { return }
            let page = document.language == .zh ? "第 \(number) 页" : "page \(number)"
            let mark = "\(document.title) · \(document.footer)    \(page)"
            _ = text(mark, x: PDFRenderer.margin, y: height - PDFRenderer.margin - 8, width: contentWidth, size: 8, right: true)
        }

        mutating func finish() {
            footer()
            cairo_show_page(cr)
        }

        mutating func render(_ document: Document) {
            for block in document.blocks {
                switch block {
                case let .heading(title):
                    let h = text(title, x: PDFRenderer.margin, y: 0, width: contentWidth, size: 12, bold: true, draw: false)
                    if y + h + 30 > bottom { newPage() }
                    y += text(title, x: PDFRenderer.margin, y: y, width: contentWidth, size: 12, bold: true) + 4
                case let .paragraph(body):
                    let h = text(body, x: PDFRenderer.margin, y: 0, width: contentWidth, size: 10.5, draw: false)
                    if y + h > bottom { newPage() }
                    y += text(body, x: PDFRenderer.margin, y: y, width: contentWidth, size: 10.5) + 8
                case let .signature(label):
                    if y + 40 > bottom { newPage() }
                    y += 18
                    let h = text(label, x: PDFRenderer.margin, y: y, width: contentWidth * 0.6, size: 10.5)
                    cairo_set_line_width(cr, 0.6)
                    cairo_move_to(cr, PDFRenderer.margin + contentWidth * 0.6, y + h)
                    cairo_line_to(cr, PDFRenderer.margin + contentWidth, y + h)
                    cairo_stroke(cr)
                    y += h + 10
                case let .table(columns, rows):
                    table(columns, rows)
                }
            }
        }

        /// A table with ruled cells: the header row repeats on every page; long cells wrap;
        /// all-empty rows are blank rows to write in, tall enough for handwriting.
        mutating func table(_ columns: [Document.Column], _ rows: [[String]]) {
            let total = columns.reduce(0) { $0 + $1.weight }
            let widths = columns.map { contentWidth * $0.weight / max(0.001, total) }
            let pad = 4.0, size = 10.0
            func height(_ cells: [String], bold: Bool) -> Double {
                if cells.allSatisfy(\.isEmpty) { return 26 }
                var tallest = 0.0
                for (cell, w) in zip(cells, widths) {
                    tallest = max(tallest, text(cell, x: 0, y: 0, width: w - 2 * pad, size: size, bold: bold, draw: false))
                }
                return max(24, tallest + 2 * pad)
            }
            func row(_ cells: [String], bold: Bool) {
                let h = height(cells, bold: bold)
                var x = PDFRenderer.margin
                cairo_set_line_width(cr, 0.5)
                for (i, w) in widths.enumerated() {
                    cairo_rectangle(cr, x, y, w, h)
                    cairo_stroke(cr)
                    let cell = i < cells.count ? cells[i] : ""
                    if !cell.isEmpty {
                        _ = text(cell, x: x + pad, y: y + pad, width: w - 2 * pad, size: size, bold: bold, right: columns[i].alignRight)
                    }
                    x += w
                }
                y += h
            }
            let titles = columns.map(\.title)
            if y + height(titles, bold: true) + 26 > bottom { newPage() }
            row(titles, bold: true)
            for cells in rows {
                if y + height(cells, bold: false) > bottom {
                    newPage()
                    row(titles, bold: true)
                }
                row(cells, bold: false)
            }
            y += 8
        }
    }
}
