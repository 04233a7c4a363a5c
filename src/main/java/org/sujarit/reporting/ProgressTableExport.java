package org.sujarit.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationSource;

/**
 * A round's progress table in the seed report's shape — source | item | activity | timeframe | responsible
 * agencies | progress — one row per activity, as XLSX (streamed, a bounded window of rows in memory) or
 * CSV.
 */
@Service
class ProgressTableExport {

	/** Excel refuses cells longer than this. */
	private static final int EXCEL_CELL_LIMIT = 32_767;

	private final ProgressTableRepository rows;

	private final Planning planning;

	private final Directory directory;

	private final MessageSource messages;

	ProgressTableExport(ProgressTableRepository rows, Planning planning, Directory directory, MessageSource messages) {
		this.rows = rows;
		this.planning = planning;
		this.directory = directory;
		this.messages = messages;
	}

	ProgressTableRepository rows() {
		return rows;
	}

	void xlsx(Round round, boolean acceptedOnly, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			// the rows spill to an uncompressed temporary file (about the size of the sheet's XML, deleted by
			// dispose()): compressing it too doubled the export time (docs/PERFORMANCE.md)
			workbook.setCompressTempFiles(false);
			Sheet sheet = workbook.createSheet(round.fiscalYear() + "-" + round.kind());
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			Font font = workbook.createFont();
			font.setFontName("TH Sarabun New");
			font.setFontHeightInPoints((short) 14);
			wrap.setFont(font);
			CellStyle header = workbook.createCellStyle();
			header.cloneStyleFrom(wrap);
			Font bold = workbook.createFont();
			bold.setFontName("TH Sarabun New");
			bold.setFontHeightInPoints((short) 14);
			bold.setBold(true);
			header.setFont(bold);
			int[] widths = { 30, 40, 50, 18, 35, 90 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(title(round, locale));
			title.getCell(0).setCellStyle(header);
			Row head = sheet.createRow(1);
			List<String> headings = headings(locale);
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
				head.getCell(i).setCellStyle(header);
			}
			sheet.createFreezePane(0, 2);
			int[] next = { 2 };
			write(round, acceptedOnly, locale, cells -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < cells.size(); i++) {
					String value = cells.get(i);
					row.createCell(i).setCellValue(value.length() > EXCEL_CELL_LIMIT ? value.substring(0, EXCEL_CELL_LIMIT - 1) + "…" : value);
					row.getCell(i).setCellStyle(wrap);
				}
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

	void csv(Round round, boolean acceptedOnly, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		// a byte-order mark so Excel, which most officers open CSV with, reads the Thai correctly
		writer.write('\ufeff');
		writer.write(csvLine(headings(locale)));
		write(round, acceptedOnly, locale, cells -> {
			try {
				writer.write(csvLine(cells));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	void write(Round round, boolean acceptedOnly, Locale locale, java.util.function.Consumer<List<String>> sink) {
		Map<Long, ActivitySummary> activities = new java.util.HashMap<>();
		planning.activitiesOf(round.fiscalYear()).forEach(a -> activities.put(a.id(), a));
		Map<String, String> sourceNames = new java.util.HashMap<>();
		for (RecommendationSource source : planning.sources()) {
			sourceNames.put(source.code(), source.nameTh());
		}
		AgencyNames agencies = new AgencyNames(directory, rows.agencyIds(round.id()));
		List<ProgressRow> group = new ArrayList<>();
		rows.stream(round.id(), acceptedOnly, row -> {
			if (!group.isEmpty() && group.get(0).activityId() != row.activityId()) {
				sink.accept(cells(group, activities, sourceNames, agencies, locale));
				group.clear();
			}
			group.add(row);
		});
		if (!group.isEmpty()) {
			sink.accept(cells(group, activities, sourceNames, agencies, locale));
		}
	}

	private List<String> cells(List<ProgressRow> group, Map<Long, ActivitySummary> activities,
			Map<String, String> sourceNames, AgencyNames agencies, Locale locale) {
		ActivitySummary activity = activities.get(group.get(0).activityId());
		String source = group.get(0).sourceCode() == null ? "" : sourceNames.getOrDefault(group.get(0).sourceCode(), group.get(0).sourceCode());
		List<String> responsible = new ArrayList<>();
		StringBuilder progress = new StringBuilder();
		for (ProgressRow row : group) {
			String name = agencies.name(row.agencyId());
			responsible.add(name);
			if (row.narrative() != null && !row.narrative().isBlank()) {
				if (!progress.isEmpty()) {
					progress.append("\n\n");
				}
				if (group.size() > 1) {
					progress.append(name).append(": ");
				}
				if (row.progressStatus() != null) {
					progress.append('[').append(messages.getMessage("reporting.progress." + row.progressStatus(), null, locale)).append("] ");
				}
				progress.append(row.narrative().strip());
			}
		}
		return List.of(source, activity == null ? "" : activity.itemCode() + " " + activity.itemTitleTh(),
				activity == null ? "" : activity.titleTh(), activity == null || activity.timeframeTh() == null ? "" : activity.timeframeTh(),
				String.join("\n", responsible), progress.toString());
	}

	private List<String> headings(Locale locale) {
		return List.of("source", "item", "activity", "timeframe", "agencies", "progress")
			.stream()
			.map(key -> messages.getMessage("reporting.export." + key, null, locale))
			.toList();
	}

	private String title(Round round, Locale locale) {
		return messages.getMessage("reporting.export.title",
				new Object[] { Integer.toString(round.fiscalYear()),
						messages.getMessage("reporting.round.kind." + round.kind(), null, locale) },
				locale);
	}

	static String csvLine(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			// cells starting with = + - @ would run as formulas in spreadsheets
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			line.append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}

	/** Agency names fetched in batches as the rows stream by. */
	private static final class AgencyNames {

		private final Directory directory;

		private final Map<Long, String> names = new java.util.HashMap<>();

		AgencyNames(Directory directory, List<Long> ids) {
			this.directory = directory;
			for (int from = 0; from < ids.size(); from += 1000) {
				directory.agencies(ids.subList(from, Math.min(ids.size(), from + 1000)))
					.forEach((id, agency) -> names.put(id, agency.nameTh()));
			}
		}

		String name(long id) {
			return names.computeIfAbsent(id, key -> directory.agency(key).map(Agency::nameTh).orElse(Long.toString(key)));
		}

	}

}
