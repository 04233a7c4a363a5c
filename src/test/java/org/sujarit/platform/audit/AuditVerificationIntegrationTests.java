package org.sujarit.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * The two ways an operator verifies the chain — the command line and the admin page — and who may use the
 * page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditVerificationIntegrationTests {

	@Autowired
	VerifyAuditCommand command;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theCommandReportsAnIntactChainAndExitsZero() {
		audit.record("TEST", "command", "1", null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(List.of("audit", "verify"), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit chain intact");
	}

	@Test
	@Transactional
	void theCommandNamesTheFirstBrokenEntryAndExitsOne() {
		audit.record("TEST", "command", "2", "{\"amount\": 5}");
		long seq = audit.head().orElseThrow().seq();
		jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
		jdbc.sql("update audit_log set actor = 'mallory' where seq = " + seq).update();
		jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(List.of("audit", "verify"), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + seq, "CONTENT_ALTERED");
	}

	@Test
	void onlyAdministratorsOpenTheAuditPage() throws Exception {
		SujaritUser admin = new SujaritUser(1, "admin.t", "x", "admin", null, Set.of(Role.SYSTEM_ADMIN), null, true);
		SujaritUser coordinator = new SujaritUser(2, "coord.t", "x", "coord", null, Set.of(Role.COORDINATOR), null, true);
		mvc.perform(post("/platform/audit/verify").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ห่วงโซ่บันทึกสมบูรณ์")));
		mvc.perform(get("/platform/audit").with(user(coordinator))).andExpect(status().isForbidden());
		mvc.perform(post("/platform/audit/verify").with(user(coordinator)).with(csrf())).andExpect(status().isForbidden());
	}

}
