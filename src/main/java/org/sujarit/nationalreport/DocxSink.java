package org.sujarit.nationalreport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as a Word document (.docx), its WordprocessingML written straight to the zip as the content
 * comes, never held as a document tree: Apache POI's XWPF keeps every paragraph of a document in memory,
 * which a round of 50,000 reports (≈150 MB of narratives) would not fit in a 1 GB heap. Headings use Word's
 * built-in heading styles (so Word builds the navigation pane and a table of contents from them), tables
 * repeat their header row on every page, pages are numbered in Thai digits in a Thai report, and the cover
 * has neither header nor number. Charts are kept (a few hundred KB) until the document part is done.
 * Elements are written in the order the WordprocessingML schema requires (Word refuses files that are
 * merely well-formed).
 */
final class DocxSink implements DocumentSink {

	private static final String FONT = "TH Sarabun New";

	private static final int PAGE_SHORT = 11906;

	private static final int PAGE_LONG = 16838;

	private static final int MARGIN = 1134;

	private static final long EMU_PER_TWIP = 635;

	private final ZipOutputStream zip;

	private final Writer xml;

	private final ReportText text;

	private final String runningHeader;

	private final List<byte[]> images = new ArrayList<>();

	private boolean landscape;

	private boolean firstSection = true;

	DocxSink(OutputStream out, ReportText text, String runningHeader) {
		this.text = text;
		this.runningHeader = runningHeader;
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
		try {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			xml.write("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
					xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void cover(String title, List<String> lines) {
		styled("Title", title);
		for (String line : lines) {
			styled("Subtitle", line);
		}
		write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
	}

	@Override
	public void heading(int level, String heading) {
		styled("Heading" + Math.min(3, Math.max(1, level)), heading);
	}

	@Override
	public void paragraph(String content) {
		styled(null, content);
	}

	@Override
	public void image(byte[] png, int widthPx, int heightPx, String caption) {
		images.add(png);
		int n = images.size();
		long cx = textWidth() * EMU_PER_TWIP;
		long cy = cx * heightPx / widthPx;
		write("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
				+ "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:docPr id=\"" + n + "\" name=\"chart" + n + "\" descr=\""
				+ escape(caption) + "\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
				+ "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
				+ "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"" + n
				+ "\" name=\"chart" + n + ".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage" + n
				+ "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx
				+ "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
				+ "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
		styled("Caption", caption);
	}

	@Override
	public void newPage(boolean landscape) {
		if (landscape == this.landscape) {
			write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
			return;
		}
		// a section break: the properties of the section that ends here
		write("<w:p><w:pPr>" + sectionProperties() + "</w:pPr></w:p>");
		this.landscape = landscape;
	}

	@Override
	public Table table(String sheet, String title, List<String> headings, float[] relativeWidths, int groupColumns) {
		if (title != null) {
			write("<w:p><w:pPr><w:keepNext/></w:pPr>" + run(title, true) + "</w:p>");
		}
		float total = 0;
		for (float width : relativeWidths) {
			total += width;
		}
		int[] widths = new int[relativeWidths.length];
		StringBuilder grid = new StringBuilder();
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.round(textWidth() * relativeWidths[i] / total);
			grid.append("<w:gridCol w:w=\"").append(widths[i]).append("\"/>");
		}
		write("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" + textWidth()
				+ "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>");
		StringBuilder head = new StringBuilder("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
		for (int i = 0; i < headings.size(); i++) {
			head.append(cell(headings.get(i), widths[i], 1, "DDE6F0", true));
		}
		write(head.append("</w:tr>").toString());
		return new DocxTable(widths, new GroupedCells(groupColumns));
	}

	@Override
	public void finish() throws IOException {
		xml.write(sectionProperties());
		xml.write("</w:body></w:document>");
		xml.flush();
		zip.closeEntry();
		part("word/styles.xml", styles());
		part("word/header1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/>\
				<w:jc w:val="right"/></w:pPr>""" + run(runningHeader, false) + "</w:p></w:hdr>");
		part("word/footer1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Footer"/>\
				<w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>""");
		StringBuilder relationships = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
				<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
				<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>""");
		for (int n = 1; n <= images.size(); n++) {
			relationships.append("<Relationship Id=\"rIdImage").append(n)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart")
				.append(n)
				.append(".png\"/>");
			zip.putNextEntry(new ZipEntry("word/media/chart" + n + ".png"));
			zip.write(images.get(n - 1));
			zip.closeEntry();
		}
		part("word/_rels/document.xml.rels", relationships.append("</Relationships>").toString());
		part("docProps/core.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
				xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>""" + escape(runningHeader)
				+ "</dc:title><dc:creator>Sujarit</dc:creator><dc:language>" + text.locale().toLanguageTag()
				+ "</dc:language></cp:coreProperties>");
		part("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
				</Relationships>""");
		part("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Default Extension="png" ContentType="image/png"/>\
				<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
				<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
				<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
				<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
				</Types>""");
		zip.finish();
		zip.flush();
	}

	private int textWidth() {
		return (landscape ? PAGE_LONG : PAGE_SHORT) - 2 * MARGIN;
	}

	private String sectionProperties() {
		StringBuilder section = new StringBuilder("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
				+ "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>");
		section.append(landscape ? "<w:pgSz w:w=\"" + PAGE_LONG + "\" w:h=\"" + PAGE_SHORT + "\" w:orient=\"landscape\"/>"
				: "<w:pgSz w:w=\"" + PAGE_SHORT + "\" w:h=\"" + PAGE_LONG + "\"/>");
		section.append("<w:pgMar w:top=\"" + MARGIN + "\" w:right=\"" + MARGIN + "\" w:bottom=\"" + MARGIN + "\" w:left=\""
				+ MARGIN + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>");
		section.append("<w:pgNumType w:fmt=\"").append(text.thai() ? "thaiNumbers" : "decimal").append('"');
		if (firstSection) {
			// the cover is page 0 and shows no number (titlePg: its first-page header and footer are empty)
			section.append(" w:start=\"0\"/><w:titlePg/>");
		}
		else {
			section.append("/>");
		}
		firstSection = false;
		return section.append("</w:sectPr>").toString();
	}

	private void styled(String style, String content) {
		write("<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") + run(content, false)
				+ "</w:p>");
	}

	private static String cell(String content, int width, int span, String fill, boolean bold) {
		StringBuilder cell = new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
		if (span > 1) {
			cell.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
		}
		if (fill != null) {
			cell.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
		}
		return cell.append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>")
			.append(run(content, bold))
			.append("</w:p></w:tc>")
			.toString();
	}

	/** A run of text; line breaks become Word line breaks. */
	private static String run(String content, boolean bold) {
		StringBuilder run = new StringBuilder("<w:r>");
		if (bold) {
			run.append("<w:rPr><w:b/><w:bCs/></w:rPr>");
		}
		String[] lines = (content == null ? "" : content).split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.append("<w:br/>");
			}
			run.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
		}
		return run.append("</w:r>").toString();
	}

	/** XML text: markup characters escaped, characters XML cannot hold dropped. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c == '\t' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
						out.append(c);
					}
					else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
						out.append(c).append(value.charAt(++i));
					}
				}
			}
		}
		return out.toString();
	}

	private void write(String content) {
		try {
			xml.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void part(String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private String styles() {
		String lang = text.thai() ? "th-TH" : "en-GB";
		return """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
				<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%1$s" w:hAnsi="%1$s" w:eastAsia="%1$s" w:cs="%1$s"/>\
				<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="%2$s" w:bidi="th-TH"/></w:rPr></w:rPrDefault>\
				<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
				<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
				%3$s%4$s%5$s%6$s%7$s%8$s\
				<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/>\
				<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
				<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
				<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
				<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
				<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
				<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
				<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
				<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
				<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
				<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
				<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\
				<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
				<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
				<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
				</w:tblBorders></w:tblPr></w:style></w:styles>"""
			.formatted(FONT, lang, paragraphStyle("Title", "Title", 48, "<w:spacing w:before=\"3600\" w:after=\"480\"/><w:jc w:val=\"center\"/>", -1),
					paragraphStyle("Subtitle", "Subtitle", 36, "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", -1),
					paragraphStyle("Heading1", "heading 1", 40, "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>", 0),
					paragraphStyle("Heading2", "heading 2", 36, "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"120\"/>", 1),
					paragraphStyle("Heading3", "heading 3", 32, "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/>", 2), "");
	}

	private static String paragraphStyle(String id, String name, int halfPoints, String paragraph, int outlineLevel) {
		return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
				+ "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" + paragraph
				+ (outlineLevel >= 0 ? "<w:outlineLvl w:val=\"" + outlineLevel + "\"/>" : "") + "</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\""
				+ halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
	}

	private final class DocxTable implements Table {

		private final int[] widths;

		private final GroupedCells grouping;

		private final int total;

		DocxTable(int[] widths, GroupedCells grouping) {
			this.widths = widths;
			this.grouping = grouping;
			int sum = 0;
			for (int width : widths) {
				sum += width;
			}
			this.total = sum;
		}

		@Override
		public void group(String content) {
			write("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(content, total, widths.length, "F2F2F2", true) + "</w:tr>");
			grouping.reset();
		}

		@Override
		public void row(List<?> cells) {
			StringBuilder row = new StringBuilder("<w:tr>");
			List<Object> printed = grouping.print(cells);
			for (int i = 0; i < printed.size(); i++) {
				row.append(cell(text.cell(printed.get(i)), widths[i], 1, null, false));
			}
			write(row.append("</w:tr>").toString());
		}

		@Override
		public void end() {
			// Word needs a paragraph after a table
			write("</w:tbl><w:p/>");
		}

	}

}
