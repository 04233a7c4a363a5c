package org.sujarit.platform.audit;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.platform.cli.CliCommand;

/**
 * {@code audit verify}: re-walks the audit chain and exits 1 naming the first broken entry.
 */
@Component
class VerifyAuditCommand implements CliCommand {

	private final AuditLog audit;

	VerifyAuditCommand(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public List<String> name() {
		return List.of("audit", "verify");
	}

	@Override
	public String description() {
		return "verify the audit log's hash chain; exit 1 and name the first broken entry";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		ChainVerification result = audit.verify();
		if (result.intact()) {
			out.printf("Audit chain intact: %d entries, head %s%n", result.entriesChecked(), result.headHash());
			return 0;
		}
		out.printf("Audit chain BROKEN at entry %d (%s); %d entries before it are intact%n", result.firstBrokenSeq(),
				result.problem(), result.entriesChecked());
		return 1;
	}

}
