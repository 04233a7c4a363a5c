package org.sujarit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

/**
 * Starts the real app on the benchmark database (random port on 127.0.0.1, sessions in PostgreSQL as
 * configured) and drives simulated users over loopback with {@link HttpClient}: coordinators view
 * dashboards, report lists and reports; agency reporters list and open their own reports and save drafts
 * through the real form (CSRF token and version read from the page, {@code action=save}, redirect
 * followed). Every user signs in once with the form. Each user's loop is bounded by the duration and a
 * request count, so the run always stops by itself. At the end every save that was answered with the
 * success redirect is checked against the database ("lost saves").
 */
final class LoadBenchmark {

	static final String LOGIN_PAGE = "GET /login";

	static final String SIGN_IN = "POST /login (bcrypt)";

	static final String DASHBOARD = "coordinator: dashboard";

	static final String LIST_ALL = "coordinator: report list";

	static final String VIEW_ANY = "coordinator: report page";

	static final String LIST_OWN = "reporter: own report list";

	static final String VIEW_OWN = "reporter: report page";

	static final String SAVE = "reporter: save draft (POST)";

	static final String AFTER_SAVE = "reporter: page after save (302)";

	private static final String[] GROUPINGS = { "SOURCE", "WORKING_GROUP", "AGENCY_TYPE", "PROVINCE", "MINISTRY" };

	private final BenchArgs args;

	/** The database {@code generate} wrote; never changed by a load run. */
	private final Path generated;

	/** A fresh copy of {@link #generated} for each run: every run starts from the same data. */
	private final Path dataDir;

	private final int users;

	private final Duration duration;

	private final Duration warmup;

	private final int thinkMin;

	private final int thinkMax;

	private final double coordinatorShare;

	private final int maxRequestsPerUser;

	private final int narrativeBytes;

	private final double targetP95;

	private final long seed;

	private final boolean failOnMiss;

	private final String seedText;

	private final String[] appArgs;

	private Latencies latencies = new Latencies();

	private final Latencies signIn = new Latencies();

	private final AtomicLong successfulSaves = new AtomicLong();

	private final AtomicLong rejectedSaves = new AtomicLong();

	private final Map<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();

	private HttpClient http;

	private String base;

	LoadBenchmark(BenchArgs args) {
		this.args = args;
		this.generated = args.path("data-dir", "target/bench-postgres");
		this.dataDir = generated.resolveSibling(generated.getFileName() + "-run");
		this.users = args.integer("users", 200);
		this.duration = args.duration("duration", "120s");
		this.warmup = args.duration("warmup", "20s");
		String[] think = args.string("think", "1000-3000").replace("ms", "").split("-");
		this.thinkMin = Integer.parseInt(think[0]);
		this.thinkMax = Integer.parseInt(think.length > 1 ? think[1] : think[0]);
		this.coordinatorShare = Double.parseDouble(args.string("coordinator-share", "0.1"));
		this.maxRequestsPerUser = args.integer("max-requests-per-user", 5_000);
		this.narrativeBytes = args.integer("narrative-bytes", 3_000);
		this.targetP95 = Double.parseDouble(args.string("target-p95-ms", "300"));
		this.seed = args.longValue("seed", 2569);
		this.failOnMiss = args.flag("fail-on-miss", false);
		this.seedText = args.string("seed-text", null);
		String app = args.string("app", "");
		this.appArgs = app.isBlank() ? new String[0]
				: java.util.Arrays.stream(app.split(",")).map(a -> a.startsWith("--") ? a : "--" + a).toArray(String[]::new);
	}

	int run() throws Exception {
		args.rejectUnknown();
		if (!Files.exists(generated.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No benchmark database in " + generated + ": run 'generate' first");
		}
		long copying = System.nanoTime();
		RunCopy.of(generated, dataDir);
		System.out.printf(Locale.ROOT, "Fresh copy of %s in %s: %,d ms (the search index is rebuilt at start)%n",
				generated, dataDir, (System.nanoTime() - copying) / 1_000_000);
		ThaiNarratives thai = ThaiNarratives.load(seedText);
		System.out.printf(Locale.ROOT,
				"Load: %d users (%.0f%% coordinators), warm-up %s, measured %s, think time %d-%d ms, target p95 < %.0f ms%n",
				users, coordinatorShare * 100, warmup, duration, thinkMin, thinkMax, targetP95);
		try (BenchApp app = BenchApp.start(dataDir, appArgs)) {
			base = "http://127.0.0.1:" + app.port();
			if (appArgs.length > 0) {
				System.out.println("App settings: " + String.join(" ", appArgs));
			}
			System.out.printf(Locale.ROOT, "App started in %,d ms at %s%n", app.startMillis(), base);
			Fixture fixture;
			try (Connection connection = app.dataSource().getConnection()) {
				fixture = Fixture.read(connection, users, coordinatorShare);
			}
			System.out.printf(Locale.ROOT, "Rounds %s; %d coordinators, %d reporters owning %,d editable reports%n",
					fixture.roundIds, fixture.coordinators.size(), fixture.reporters.size(),
					fixture.reporters.values().stream().mapToInt(List::size).sum());
			http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			List<SimulatedUser> simulated = new ArrayList<>();
			int n = 0;
			for (String username : fixture.coordinators) {
				simulated.add(new SimulatedUser(n++, username, List.of(), fixture));
			}
			for (Map.Entry<String, List<Long>> reporter : fixture.reporters.entrySet()) {
				simulated.add(new SimulatedUser(n++, reporter.getKey(), reporter.getValue(), fixture));
			}
			checkAssets();
			// 1. everyone signs in (bcrypt on the server), all at once
			long signInStart = System.nanoTime();
			runAll(simulated, user -> user.signIn(), Duration.ofMinutes(5));
			long signInMillis = (System.nanoTime() - signInStart) / 1_000_000;
			long signedIn = simulated.stream().filter(u -> u.session != null).count();
			System.out.printf(Locale.ROOT, "%d of %d users signed in in %,d ms%n", signedIn, simulated.size(), signInMillis);
			java.sql.Timestamp savesFrom;
			try (Connection connection = app.dataSource().getConnection()) {
				savesFrom = (java.sql.Timestamp) Sql.rows(connection, "select now()::timestamp").get(0)[0];
				// flush what the generator wrote now, not in a checkpoint spread over the run
				long t = System.nanoTime();
				Sql.update(connection, "checkpoint");
				System.out.printf(Locale.ROOT, "Checkpoint before the run: %,d ms%n", (System.nanoTime() - t) / 1_000_000);
			}
			// 2. a warm-up with the same mix (JIT, caches, pools), not measured; its saves are verified too
			if (!warmup.isZero()) {
				long warmupEnd = System.nanoTime() + warmup.toNanos();
				runAll(simulated, user -> user.work(warmupEnd, thai), warmup.plusMinutes(2));
				System.out.printf(Locale.ROOT, "Warm-up of %s done: %,d requests, %,d errors (not counted below)%n", warmup,
						latencies.count(), latencies.errors());
				latencies = new Latencies();
				errorKinds.clear();
			}
			// 3. the measured run
			CpuSampler cpu = new CpuSampler();
			cpu.start();
			String loadBefore = loadAverage();
			double[] cpuBefore = { ProcessCpu.jvmSeconds(), ProcessCpu.postgresSeconds(dataDir) };
			Object[] checkpointsBefore = checkpoints(app);
			long start = System.nanoTime();
			long deadline = start + duration.toNanos();
			runAll(simulated, user -> user.work(deadline, thai), duration.plusMinutes(2));
			double seconds = (System.nanoTime() - start) / 1e9;
			cpu.stopSampling();
			Object[] checkpointsAfter = checkpoints(app);
			double appCpu = ProcessCpu.jvmSeconds() - cpuBefore[0];
			double pgCpu = ProcessCpu.postgresSeconds(dataDir) - cpuBefore[1];
			// 4. results
			signIn.print("Sign-in (once per user, before the measured run)", targetP95, List.of());
			double p95 = latencies.print(String.format(Locale.ROOT, "Measured run: %d users, %.1f s", simulated.size(), seconds),
					targetP95, List.of());
			latencies.printSlowTimeline();
			long requests = latencies.count();
			long errors = latencies.errors() + signIn.errors();
			Verification verification;
			try (Connection connection = app.dataSource().getConnection()) {
				verification = verify(connection, simulated, savesFrom);
			}
			System.out.println();
			System.out.printf(Locale.ROOT, "throughput            %,10.1f requests/s (%,d requests in %.1f s)%n", requests / seconds,
					requests, seconds);
			System.out.printf(Locale.ROOT, "saves answered 302    %,10d in warm-up and run (rejected with the form shown again: %d)%n",
					successfulSaves.get(), rejectedSaves.get());
			System.out.printf(Locale.ROOT, "SAVED versions in DB  %,10d written by the bench reporters in warm-up and run%n",
					verification.versions);
			System.out.printf(Locale.ROOT, "reports checked       %,10d (last successful save of their single owner)%n",
					verification.checked);
			System.out.printf(Locale.ROOT, "CPU (whole machine)   %10.0f%% average, process %.0f%%; load average before %s, after %s%n",
					cpu.systemAverage() * 100, cpu.processAverage() * 100, loadBefore, loadAverage());
			System.out.printf(Locale.ROOT, "CPU seconds in run    %10.1f app+simulated users JVM, %.1f PostgreSQL = %.1f ms CPU per request%n",
					appCpu, pgCpu, (appCpu + pgCpu) * 1000 / Math.max(1, requests));
			System.out.printf(Locale.ROOT, "PostgreSQL checkpoints during the run: %s timed, %s requested; %,.0f ms writing, %,.0f ms syncing%n",
					((Number) checkpointsAfter[0]).longValue() - ((Number) checkpointsBefore[0]).longValue(),
					((Number) checkpointsAfter[1]).longValue() - ((Number) checkpointsBefore[1]).longValue(),
					((Number) checkpointsAfter[2]).doubleValue() - ((Number) checkpointsBefore[2]).doubleValue(),
					((Number) checkpointsAfter[3]).doubleValue() - ((Number) checkpointsBefore[3]).doubleValue());
			if (!errorKinds.isEmpty()) {
				System.out.println("errors by kind: " + errorKinds);
			}
			System.out.println();
			System.out.println("Targets                    measured     target   ratio   met");
			System.out.printf(Locale.ROOT, "p95 latency (overall)  %9.1f ms  %7.0f ms  %6.2f   %s%n", p95, targetP95, p95 / targetP95,
					p95 < targetP95 ? "yes" : "NO");
			System.out.printf(Locale.ROOT, "errors                 %12d  %10d  %6s   %s%n", errors, 0, "-", errors == 0 ? "yes" : "NO");
			System.out.printf(Locale.ROOT, "lost saves             %12d  %10d  %6s   %s%n", verification.lost, 0, "-",
					verification.lost == 0 ? "yes" : "NO");
			return failOnMiss && !(p95 < targetP95 && errors == 0 && verification.lost == 0) ? 3 : 0;
		}
	}

	/** The scripts and styles the sign-in page links to are served (a browser would fetch them once). */
	private void checkAssets() throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher asset = java.util.regex.Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars)/[^\"]+)\"").matcher(page);
		List<String> checked = new ArrayList<>();
		while (asset.find()) {
			int status = http.send(HttpRequest.newBuilder(URI.create(base + asset.group(1))).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
			checked.add(asset.group(1) + " " + status);
			if (status != 200) {
				error("asset " + asset.group(1) + ": HTTP " + status);
			}
		}
		System.out.println("Assets: " + checked);
	}

	private record Verification(long checked, long lost, long versions) {
	}

	/** Every report's narrative must equal the last save its single owner saw succeed. */
	private Verification verify(Connection connection, List<SimulatedUser> simulated, java.sql.Timestamp from) throws Exception {
		Map<Long, String> expected = new HashMap<>();
		simulated.forEach(user -> expected.putAll(user.lastSaved));
		long lost = 0;
		Map<Long, String> actual = new HashMap<>();
		for (Object[] row : Sql.rows(connection, "select id, narrative from reporting_report where id = any(?::bigint[])",
				(Object) expected.keySet().toArray(Long[]::new))) {
			actual.put(((Number) row[0]).longValue(), (String) row[1]);
		}
		for (Map.Entry<Long, String> entry : expected.entrySet()) {
			if (!entry.getValue().equals(actual.get(entry.getKey()))) {
				lost++;
				if (lost <= 5) {
					String got = actual.get(entry.getKey());
					System.out.printf("LOST SAVE on report %d: expected %s..., database has %s...%n", entry.getKey(),
							entry.getValue().substring(0, Math.min(40, entry.getValue().length())),
							got == null ? null : got.substring(0, Math.min(40, got.length())));
				}
			}
		}
		long versions = Sql.single(connection, """
				select count(*) from reporting_report_version
				where event = 'SAVED' and created_by like ? and created_at >= ?::timestamp
				""", DatasetGenerator.REPORTER_PREFIX + "%", from);
		return new Verification(expected.size(), lost, versions);
	}

	private interface UserTask {

		void run(SimulatedUser user) throws Exception;

	}

	private void runAll(List<SimulatedUser> simulated, UserTask task, Duration limit) throws InterruptedException {
		// platform threads, scheduled by the OS: the app's virtual threads get the JVM's carriers to themselves
		try (ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("user-", 0).factory())) {
			for (SimulatedUser user : simulated) {
				executor.submit(() -> {
					try {
						task.run(user);
					}
					catch (Exception ex) {
						error("user task: " + ex.getClass().getSimpleName());
					}
					return null;
				});
			}
			executor.shutdown();
			if (!executor.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				System.out.println("Users still running after " + limit + ": stopping them");
				executor.shutdownNow();
			}
		}
	}

	private void error(String kind) {
		errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
	}

	/** What the database says the users may do. */
	private record Fixture(List<Long> roundIds, Map<Long, Integer> reportsPerRound, List<String> coordinators,
			Map<String, List<Long>> reporters, List<Long> anyReports) {

		static Fixture read(Connection connection, int users, double coordinatorShare) throws Exception {
			int coordinatorCount = Math.max(1, (int) Math.round(users * coordinatorShare));
			int reporterCount = users - coordinatorCount;
			List<Long> rounds = Sql.longs(connection, "select id from reporting_round order by period_end desc");
			Map<Long, Integer> perRound = new LinkedHashMap<>();
			for (Object[] row : Sql.rows(connection, "select round_id, count(*) from reporting_report group by round_id")) {
				perRound.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
			}
			List<String> coordinators = Sql.rows(connection,
					"select username from directory_user where username like ? order by username limit ?",
					DatasetGenerator.COORDINATOR_PREFIX + "%", coordinatorCount)
				.stream()
				.map(row -> (String) row[0])
				.toList();
			long openRound = Sql.single(connection,
					"select id from reporting_round where status = 'OPEN' order by period_end desc limit 1");
			Map<String, List<Long>> reporters = new LinkedHashMap<>();
			for (Object[] row : Sql.rows(connection, """
					select u.username, array_agg(r.id order by r.id)
					from directory_user u
					join reporting_report r on r.agency_id = u.agency_id
					where u.username like ? and r.round_id = ? and r.state in ('EXPECTED', 'DRAFT', 'RETURNED')
					group by u.username order by u.username limit ?
					""", DatasetGenerator.REPORTER_PREFIX + "%", openRound, reporterCount)) {
				Long[] ids = (Long[]) ((java.sql.Array) row[1]).getArray();
				reporters.put((String) row[0], List.of(ids));
			}
			if (coordinators.size() < coordinatorCount || reporters.size() < reporterCount) {
				throw new IllegalStateException("The dataset has " + coordinators.size() + " coordinators and "
						+ reporters.size() + " reporters with editable reports; " + coordinatorCount + " and "
						+ reporterCount + " are needed (generate with more --coordinators/--reporters)");
			}
			List<Long> sample = Sql.longs(connection, "select id from reporting_report order by md5(id::text) limit 5000");
			return new Fixture(rounds, perRound, coordinators, reporters, sample);
		}

	}

	/** One person: a cookie jar, a role, and a bounded loop of page views and saves. */
	private final class SimulatedUser {

		private final int number;

		private final String username;

		private final List<Long> ownReports;

		private final Fixture fixture;

		private final SplittableRandom random;

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private final Map<Long, String> lastSaved = new HashMap<>();

		private String session;

		private int saves;

		SimulatedUser(int number, String username, List<Long> ownReports, Fixture fixture) {
			this.number = number;
			this.username = username;
			this.ownReports = ownReports;
			this.fixture = fixture;
			this.random = new SplittableRandom(seed * 7 + number);
		}

		boolean coordinator() {
			return ownReports.isEmpty();
		}

		void signIn() throws Exception {
			HttpResponse<String> page = timed(signIn, LOGIN_PAGE, get("/login"), 200);
			String csrf = page == null ? null : HtmlForm.hiddenValue(page.body(), "_csrf");
			if (csrf == null) {
				return;
			}
			String form = "username=" + username + "&password=" + DatasetGenerator.PASSWORD + "&_csrf="
					+ java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8);
			HttpResponse<String> response = timed(signIn, SIGN_IN, post("/login", form), 302);
			if (response != null && response.headers().firstValue("Location").orElse("").endsWith("/home")) {
				session = cookies.get("SESSION");
			}
			else if (response != null) {
				error("sign-in refused for " + username);
			}
		}

		void work(long deadline, ThaiNarratives thai) throws Exception {
			if (session == null) {
				return;
			}
			// users start spread over one think time, as people do
			pause(deadline, random.nextInt(Math.max(1, thinkMax)));
			for (int i = 0; i < maxRequestsPerUser && System.nanoTime() < deadline; i++) {
				if (coordinator()) {
					coordinatorStep();
				}
				else {
					reporterStep(deadline, thai);
				}
				// a user whose next think time would end after the deadline stops: going on without
				// thinking made every user fire requests back to back in the last seconds of each phase
				if (!pause(deadline, think())) {
					return;
				}
			}
		}

		private void coordinatorStep() throws Exception {
			long round = fixture.roundIds.get(random.nextInt(fixture.roundIds.size()));
			int p = random.nextInt(100);
			if (p < 40) {
				timed(latencies, DASHBOARD, get("/reporting/dashboard?round=" + round + "&by="
						+ GROUPINGS[random.nextInt(GROUPINGS.length)]), 200);
			}
			else if (p < 70) {
				int pages = Math.max(1, fixture.reportsPerRound.getOrDefault(round, 0) / 50);
				int page = random.nextBoolean() ? 1 : 1 + random.nextInt(pages);
				String state = random.nextInt(4) == 0 ? "&state=" + List.of("SUBMITTED", "APPROVED", "DRAFT").get(random.nextInt(3)) : "";
				timed(latencies, LIST_ALL, get("/reporting/reports?round=" + round + "&page=" + page + state), 200);
			}
			else {
				long id = fixture.anyReports.get(random.nextInt(fixture.anyReports.size()));
				timed(latencies, VIEW_ANY, get("/reporting/reports/" + id), 200);
			}
		}

		private void reporterStep(long deadline, ThaiNarratives thai) throws Exception {
			long id = ownReports.get(random.nextInt(ownReports.size()));
			int p = random.nextInt(100);
			if (p < 20) {
				timed(latencies, LIST_OWN, get("/reporting/reports"), 200);
				return;
			}
			HttpResponse<String> page = timed(latencies, VIEW_OWN, get("/reporting/reports/" + id), 200);
			if (p < 50 || page == null) {
				return;
			}
			HtmlForm form = HtmlForm.find(page.body(), "/reporting/reports/" + id);
			if (form == null || form.get("_csrf") == null || form.get("version") == null) {
				error("no editable form on report page");
				return;
			}
			// typing takes a think time
			if (!pause(deadline, think())) {
				return;
			}
			saves++;
			String narrative = "[bench " + username + " save " + saves + "] "
					+ thai.narrative(seed * 104_729L + number * 10_000L + saves, narrativeBytes);
			form.set("narrative", narrative).set("action", "save");
			HttpResponse<String> response = timed(latencies, SAVE, post("/reporting/reports/" + id, form.encoded()), 302);
			if (response == null) {
				return;
			}
			String location = response.headers().firstValue("Location").orElse("");
			if (!location.endsWith("/reporting/reports/" + id)) {
				error("save redirected elsewhere");
				return;
			}
			successfulSaves.incrementAndGet();
			lastSaved.put(id, narrative);
			timed(latencies, AFTER_SAVE, get(location.startsWith("http") ? URI.create(location).getPath() : location), 200);
		}

		private int think() {
			return thinkMin + (thinkMax > thinkMin ? random.nextInt(thinkMax - thinkMin + 1) : 0);
		}

		/** Sleeps unless that would pass the deadline; false when the run is over. */
		private boolean pause(long deadline, long millis) throws InterruptedException {
			if (System.nanoTime() + millis * 1_000_000 >= deadline) {
				return false;
			}
			Thread.sleep(millis);
			return true;
		}

		private HttpRequest.Builder get(String path) {
			return request(path).GET();
		}

		private HttpRequest.Builder post(String path, String form) {
			return request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept-Language", "th");
			if (!cookies.isEmpty()) {
				StringBuilder header = new StringBuilder();
				cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
				builder.header("Cookie", header.toString());
			}
			return builder;
		}

		/** Sends, records latency and outcome (status as expected, and for 200 a page without an error). */
		private HttpResponse<String> timed(Latencies into, String type, HttpRequest.Builder request, int expected) {
			long t = System.nanoTime();
			HttpResponse<String> response;
			try {
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				into.add(type, System.nanoTime() - t, false);
				error(type + ": " + ex.getClass().getSimpleName());
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			long elapsed = System.nanoTime() - t;
			response.headers().allValues("Set-Cookie").forEach(cookie -> {
				String pair = cookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
				}
			});
			boolean ok = response.statusCode() == expected;
			if (!ok) {
				if (type.equals(SAVE) && response.statusCode() == 200) {
					rejectedSaves.incrementAndGet();
				}
				error(type + ": HTTP " + response.statusCode());
			}
			into.add(type, elapsed, ok);
			return ok ? response : null;
		}

	}

	private static Object[] checkpoints(BenchApp app) throws java.sql.SQLException {
		try (Connection connection = app.dataSource().getConnection()) {
			return Sql.rows(connection, "select num_timed, num_requested, write_time, sync_time from pg_stat_checkpointer").get(0);
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** Samples the machine's and this process's CPU use every second. */
	private static final class CpuSampler extends Thread {

		private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

		private double system;

		private double process;

		private int samples;

		private volatile boolean running = true;

		CpuSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
				double s = os.getCpuLoad();
				double p = os.getProcessCpuLoad();
				if (s >= 0 && p >= 0) {
					synchronized (this) {
						system += s;
						process += p;
						samples++;
					}
				}
			}
		}

		void stopSampling() {
			running = false;
		}

		synchronized double systemAverage() {
			return samples == 0 ? 0 : system / samples;
		}

		synchronized double processAverage() {
			return samples == 0 ? 0 : process / samples;
		}

	}

}
