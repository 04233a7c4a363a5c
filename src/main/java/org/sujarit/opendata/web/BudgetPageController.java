package org.sujarit.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.BudgetDocument;
import org.sujarit.opendata.BudgetField;
import org.sujarit.opendata.BudgetLine;
import org.sujarit.opendata.CodeEntry;
import org.sujarit.opendata.CodeList;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.OutputFormat;
import org.sujarit.opendata.ValidationReport;
import org.sujarit.opendata.publish.Publication;
import org.sujarit.opendata.publish.Publishing;
import org.sujarit.platform.files.FileDownloads;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.web.DomainException;

/**
 * An LAO's budget documents: upload (template or any table, mapped column by column), the check with each
 * failing cell highlighted, inline correction (htmx, optimistic locking), re-check and the open-data
 * downloads. Who may do what is checked by {@link OpenData}.
 */
@Controller
@RequestMapping("/opendata")
class BudgetPageController {

	/** The fields shown (and editable) in the lines table; the row type shows as the line's kind. */
	static final List<BudgetField> TABLE_FIELDS = Arrays.stream(BudgetField.values())
		.filter(f -> f != BudgetField.ROW_TYPE)
		.toList();

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final OpenData openData;

	private final Directory directory;

	private final MessageSource messages;

	private final Publishing publishing;

	BudgetPageController(OpenData openData, Directory directory, MessageSource messages, Publishing publishing) {
		this.openData = openData;
		this.directory = directory;
		this.messages = messages;
		this.publishing = publishing;
	}

	@GetMapping
	String documents(Model model) {
		SujaritUser user = CurrentUser.require();
		model.addAttribute("documents", openData.documents());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("currentYear", FiscalYear.containing(LocalDate.now(BANGKOK))
			.buddhistYear());
		Agency own = user.agencyId() == null ? null
				: directory.agency(user.agencyId()).filter(a -> a.type().localGovernment()).orElse(null);
		model.addAttribute("ownLao", own);
		model.addAttribute("anyLao", user.seesAllAgencies());
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", new UploadForm(own == null ? null : own.code(),
					(Integer) model.getAttribute("currentYear"), DocumentType.ORDINANCE));
		}
		return "opendata/documents";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@RequestParam(name = "fiscalYear", required = false) Integer fiscalYear) {
		int year = fiscalYear == null
				? FiscalYear.containing(LocalDate.now(BANGKOK)).buddhistYear()
				: fiscalYear;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileDownloads.contentDisposition("budget-template-" + year + ".xlsx"))
			.contentType(MediaType.parseMediaType(OutputFormat.XLSX.mediaType()))
			.body(openData.template(year));
	}

	@PostMapping("/upload")
	String upload(@Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult binding,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (binding.hasErrors()) {
			return documents(model);
		}
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("opendata.upload.file-missing");
			}
			Agency lao = openData.laoByCode(form.laoCode());
			long id;
			try (InputStream in = file.getInputStream()) {
				id = openData.upload(lao.id(), form.fiscalYear(), form.documentType(), in, file.getOriginalFilename(),
						file.getContentType());
			}
			BudgetDocument document = openData.document(id);
			return document.awaitsMapping() ? "redirect:/opendata/documents/" + id + "/mapping"
					: "redirect:/opendata/documents/" + id;
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			model.addAttribute("problemCode", ex.code());
			model.addAttribute("problemArgs", strings(ex.arguments()));
			return documents(model);
		}
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable long id, Model model) {
		BudgetDocument document = openData.document(id);
		if (document.awaitsMapping() && openData.canEdit(document)) {
			return "redirect:/opendata/documents/" + id + "/mapping";
		}
		ValidationReport report = openData.report(id);
		model.addAttribute("document", document);
		model.addAttribute("lines", openData.lines(id));
		model.addAttribute("report", report);
		model.addAttribute("stars", openData.stars(document));
		model.addAttribute("canEdit", openData.canEdit(document));
		model.addAttribute("fields", TABLE_FIELDS);
		model.addAttribute("formats", OutputFormat.values());
		model.addAttribute("canPublish", publishable(document) && publishing.mayPublish(document.agencyId()));
		model.addAttribute("publishKey", UUID.randomUUID().toString());
		model.addAttribute("publications", publishing.history(id, LocaleContextHolder.getLocale()));
		codeChoices(model);
		return "opendata/document";
	}

	/** Checked valid since its last change: not yet published, or changed since it was. */
	private static boolean publishable(BudgetDocument document) {
		return document.state() == DocumentState.VALID
				|| document.state() == DocumentState.PUBLISHED && document.outOfDate();
	}

	/**
	 * Publishes the document (Sujarit's catalogue and each portal it can go to). The form's key makes a
	 * second submission of the same form answer with the first one's publications.
	 */
	@PostMapping("/documents/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(name = "requestKey", required = false) String requestKey,
			RedirectAttributes redirect) {
		String key = requestKey != null && requestKey.matches("[0-9a-f-]{36}") ? requestKey : null;
		try {
			Publishing.Result result = publishing.publish(id, key);
			redirect.addFlashAttribute("publishedIds",
					new ArrayList<>(result.publications().stream().map(Publication::id).toList()));
			redirect.addFlashAttribute("publishRepeated", result.repeated());
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403 || ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("publishProblem", ex.code());
			redirect.addFlashAttribute("publishProblemArgs", strings(ex.arguments()));
		}
		return "redirect:/opendata/documents/" + id + "#publish";
	}

	@PostMapping("/documents/{id}/validate")
	String validate(@PathVariable long id, RedirectAttributes redirect) {
		ValidationReport report = openData.validate(id);
		redirect.addFlashAttribute("checked", report.valid() ? "valid" : "invalid");
		return "redirect:/opendata/documents/" + id;
	}

	/** The check's findings as a Frictionless-style validation report (Thai note, English message). */
	@GetMapping(path = "/documents/{id}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> reportJson(@PathVariable long id) {
		BudgetDocument document = openData.document(id);
		ValidationReport report = openData.report(id);
		List<Map<String, Object>> errors = new ArrayList<>();
		for (var issue : report.issues()) {
			errors.add(CsvReports.error(issue.code(), issue.row(), issue.field() == null ? null : issue.field().key(),
					issue.cell(), issue.message(), issue.args(), issue.error(), messages));
		}
		return CsvReports.envelope(document.fileName(), report.valid(), report.errorCount(),
				report.issues().size() - report.errorCount(), null, Map.of(), errors);
	}

	@GetMapping("/documents/{id}/mapping")
	String mapping(@PathVariable long id, Model model) {
		BudgetDocument document = openData.document(id);
		model.addAttribute("document", document);
		var preview = openData.mappingPreview(id);
		model.addAttribute("preview", preview);
		model.addAttribute("columns", java.util.stream.IntStream.range(0, preview.headers().size())
			.mapToObj(i -> org.sujarit.platform.tabular.Row.columnName(i) + ": " + preview.headers().get(i))
			.toList());
		model.addAttribute("fields", BudgetField.values());
		return "opendata/mapping";
	}

	@PostMapping("/documents/{id}/mapping")
	String applyMapping(@PathVariable long id, @RequestParam Map<String, String> parameters, Model model) {
		Map<BudgetField, Integer> columns = new EnumMap<>(BudgetField.class);
		for (BudgetField field : BudgetField.values()) {
			String column = parameters.get("col_" + field.key());
			if (column != null && column.matches("[0-9]{1,4}")) {
				columns.put(field, Integer.parseInt(column));
			}
		}
		try {
			openData.applyMapping(id, columns);
			return "redirect:/opendata/documents/" + id;
		}
		catch (DomainException ex) {
			if (ex.status().value() == 403 || ex.status().value() == 404) {
				throw ex;
			}
			model.addAttribute("problemCode", ex.code());
			model.addAttribute("problemArgs", strings(ex.arguments()));
			return mapping(id, model);
		}
	}

	@GetMapping("/documents/{id}/lines/{lineId}")
	String line(@PathVariable long id, @PathVariable long lineId, Model model) {
		return row(id, lineId, model, false);
	}

	@GetMapping("/documents/{id}/lines/{lineId}/edit")
	String editLine(@PathVariable long id, @PathVariable long lineId, Model model) {
		codeChoices(model);
		return row(id, lineId, model, true);
	}

	@PostMapping("/documents/{id}/lines/{lineId}")
	String saveLine(@PathVariable long id, @PathVariable long lineId, @RequestParam("version") int version,
			@RequestParam Map<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Map<BudgetField, String> values = new EnumMap<>(BudgetField.class);
		for (BudgetField field : TABLE_FIELDS) {
			String value = parameters.get(field.key());
			if (value != null) {
				values.put(field, value.length() > 500 ? value.substring(0, 500) : value);
			}
		}
		try {
			openData.updateLine(id, lineId, version, values);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("stale", true);
			codeChoices(model);
			return row(id, lineId, model, true);
		}
		if (htmx == null) {
			return "redirect:/opendata/documents/" + id;
		}
		model.addAttribute("changed", true);
		row(id, lineId, model, false);
		model.addAttribute("document", openData.document(id));
		return "opendata/fragments/saved";
	}

	private String row(long id, long lineId, Model model, boolean edit) {
		BudgetDocument document = openData.document(id);
		BudgetLine line = openData.lines(id)
			.stream()
			.filter(l -> l.id() == lineId)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.line.not-found", String.valueOf(lineId)));
		model.addAttribute("document", document);
		model.addAttribute("l", line);
		model.addAttribute("report", openData.report(id));
		model.addAttribute("fields", TABLE_FIELDS);
		model.addAttribute("canEdit", openData.canEdit(document));
		return edit ? "opendata/fragments/line :: edit" : "opendata/fragments/line :: row";
	}

	@GetMapping("/documents/{id}/files/{format}")
	void download(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
		OutputFormat output = Arrays.stream(OutputFormat.values())
			.filter(f -> f.name().equalsIgnoreCase(format))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.output.unknown", format));
		BudgetDocument document = openData.document(id);
		if (!document.valid()) {
			throw DomainException.conflict("opendata.output.not-valid");
		}
		response.setContentType(output.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				FileDownloads.contentDisposition(openData.fileName(document, output)));
		response.setHeader("X-Content-Type-Options", "nosniff");
		openData.write(id, output, response.getOutputStream());
	}

	@GetMapping("/documents/{id}/source")
	ResponseEntity<org.springframework.core.io.Resource> source(@PathVariable long id) {
		return openData.source(id);
	}

	private void codeChoices(Model model) {
		Map<CodeList, List<CodeEntry>> choices = new EnumMap<>(CodeList.class);
		for (CodeEntry entry : openData.codes()) {
			if (entry.active()) {
				choices.computeIfAbsent(entry.list(), l -> new ArrayList<>()).add(entry);
			}
		}
		model.addAttribute("choices", choices);
	}

	static String[] strings(Object[] arguments) {
		return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

}
