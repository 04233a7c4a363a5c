package org.sujarit.cpi.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.CpiGroup;
import org.sujarit.cpi.CpiMethod;
import org.sujarit.cpi.SourceScore;
import org.sujarit.planning.CpiSource;
import org.sujarit.platform.web.DomainException;

/**
 * The CPI dashboard (signed in at /cpi, public at /public/cpi), the regional comparison (ASEAN, a TI
 * region or the world), the what-if simulator, and a coordinator's correction of a source score.
 */
@Controller
class CpiPageController {

	static final String EDITORS = "hasAnyRole('COORDINATOR','SYSTEM_ADMIN')";

	private final Cpi cpi;

	private final MessageSource messages;

	CpiPageController(Cpi cpi, MessageSource messages) {
		this.cpi = cpi;
		this.messages = messages;
	}

	@GetMapping("/cpi")
	String dashboard(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		return dashboard(year, false, model, locale);
	}

	@GetMapping("/public/cpi")
	String publicDashboard(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		return dashboard(year, true, model, locale);
	}

	private String dashboard(Integer year, boolean anonymous, Model model, Locale locale) {
		List<CountryYear> history = cpi.thailandHistory();
		model.addAttribute("publicView", anonymous);
		model.addAttribute("history", history);
		model.addAttribute("historyChart",
				CpiCharts.history(history, y -> yearLabel(y, locale), key -> messages.getMessage(key, null, locale)));
		List<Integer> years = history.stream().map(CountryYear::year).toList();
		model.addAttribute("years", years);
		if (!years.isEmpty()) {
			int chosen = year != null && years.contains(year) ? year : years.get(years.size() - 1);
			model.addAttribute("year", chosen);
			model.addAttribute("result", cpi.result(Cpi.THAILAND, chosen).orElse(null));
			model.addAttribute("changes", cpi.sourceChanges(chosen));
		}
		model.addAttribute("groups", cpi.groupTrends());
		model.addAttribute("myGroup", anonymous ? null
				: org.sujarit.platform.security.CurrentUser.find().map(u -> u.workingGroup()).orElse(null));
		model.addAttribute("gap", cpi.targetGap().orElse(null));
		return "cpi/dashboard";
	}

	/**
	 * A year's scores of a group — ASEAN (the default), a TI region or the world — with Thailand's place in
	 * it. Regions are known for years imported from TI's workbook (and the bundled ASEAN rows).
	 */
	@GetMapping({ "/cpi/asean", "/cpi/compare", "/public/cpi/asean" })
	String compare(@RequestParam(required = false) Integer year, @RequestParam(required = false) String group,
			Model model, Locale locale) {
		List<Integer> years = cpi.years().stream().filter(y -> cpi.countries(y).size() > 1).toList();
		CpiGroup chosenGroup = CpiGroup.of(group).orElse(CpiGroup.ASEAN);
		model.addAttribute("years", years);
		model.addAttribute("groups", CpiGroup.values());
		model.addAttribute("group", chosenGroup);
		if (!years.isEmpty()) {
			int chosen = year != null && years.contains(year) ? year : years.get(years.size() - 1);
			List<CountryYear> countries = cpi.compare(chosen, chosenGroup);
			List<CountryYear> scored = countries.stream().filter(CountryYear::scored).toList();
			model.addAttribute("year", chosen);
			model.addAttribute("worldData", cpi.worldYears().contains(chosen));
			model.addAttribute("countries", countries);
			model.addAttribute("chart", CpiCharts.comparison(countries, c -> countryName(c, locale),
					messages.getMessage("cpi.chart.score", null, locale)));
			model.addAttribute("chartHeight", 80 + scored.size() * (scored.size() > 40 ? 14 : 28));
			scored.stream().filter(c -> Cpi.THAILAND.equals(c.countryCode())).findFirst().ifPresent(thailand -> {
				model.addAttribute("thailand", thailand);
				model.addAttribute("thailandRank", CpiMethod.rank(thailand.score(),
						scored.stream().filter(c -> c != thailand).map(CountryYear::score).toList()));
			});
			model.addAttribute("scoredCount", scored.size());
			if (!scored.isEmpty()) {
				model.addAttribute("average", BigDecimal.valueOf(scored.stream().mapToInt(CountryYear::score).sum())
					.divide(BigDecimal.valueOf(scored.size()), 1, java.math.RoundingMode.HALF_UP));
			}
		}
		return "cpi/asean";
	}

	@GetMapping("/cpi/what-if")
	String whatIf(@RequestParam(required = false) Integer year, @RequestParam Map<String, String> params, Model model) {
		List<Integer> years = cpi.years();
		model.addAttribute("years", years);
		model.addAttribute("sources", cpi.sources());
		if (years.isEmpty()) {
			return "cpi/what-if";
		}
		int chosen = year != null && years.contains(year) ? year : years.get(years.size() - 1);
		Map<String, BigDecimal> actual = new LinkedHashMap<>();
		for (SourceScore score : cpi.sourceScores(chosen)) {
			actual.put(score.sourceCode(), score.score().stripTrailingZeros());
		}
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, BigDecimal> changed = new LinkedHashMap<>();
		List<String> invalid = new java.util.ArrayList<>();
		boolean submitted = params.containsKey("run");
		for (CpiSource source : cpi.sources()) {
			String code = source.code();
			BigDecimal current = actual.get(code);
			String value = submitted ? params.getOrDefault("s_" + code, "").strip()
					: current == null ? "" : current.toPlainString();
			values.put(code, value);
			if (!submitted) {
				continue;
			}
			if (value.isEmpty()) {
				changed.put(code, null);
				continue;
			}
			try {
				BigDecimal number = new BigDecimal(value);
				if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
					invalid.add(code);
				}
				else {
					changed.put(code, number);
				}
			}
			catch (NumberFormatException ex) {
				invalid.add(code);
			}
		}
		model.addAttribute("year", chosen);
		model.addAttribute("actual", actual);
		model.addAttribute("values", values);
		model.addAttribute("invalid", invalid);
		if (invalid.isEmpty()) {
			model.addAttribute("result", cpi.whatIf(chosen, changed));
		}
		return "cpi/what-if";
	}

	@GetMapping("/cpi/{year}/sources/{code}/edit")
	@PreAuthorize(EDITORS)
	String editScore(@PathVariable int year, @PathVariable String code, Model model) {
		SourceScore score = require(year, code);
		model.addAttribute("form", new CorrectionForm(score.score().stripTrailingZeros(), score.version()));
		model.addAttribute("score", score);
		return "cpi/correction-form";
	}

	@PostMapping("/cpi/{year}/sources/{code}")
	@PreAuthorize(EDITORS)
	String correctScore(@PathVariable int year, @PathVariable String code, @Valid @ModelAttribute("form") CorrectionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		SourceScore score = require(year, code);
		if (binding.hasErrors()) {
			model.addAttribute("score", score);
			return "cpi/correction-form";
		}
		cpi.correctSourceScore(year, code, form.version(), form.score());
		redirect.addFlashAttribute("saved", "cpi.score.saved");
		return "redirect:/cpi?year=" + year;
	}

	private SourceScore require(int year, String code) {
		return cpi.sourceScore(year, code).orElseThrow(() -> DomainException.notFound("cpi.score.not-found", code, year));
	}

	private String countryName(CountryYear country, Locale locale) {
		return messages.getMessage("cpi.country." + country.countryCode(), null, country.countryName(), locale);
	}

	static String yearLabel(int year, Locale locale) {
		return "en".equals(locale.getLanguage()) ? String.valueOf(year) : String.valueOf(year + 543);
	}

}
