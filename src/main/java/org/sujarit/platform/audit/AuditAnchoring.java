package org.sujarit.platform.audit;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Writes the audit chain's head to the anchor file every few minutes (on any node: anchors from several
 * nodes only add checks).
 */
@Configuration(proxyBeanMethods = false)
class AuditAnchoring {

	@Bean
	AuditAnchors auditAnchors(@Value("${sujarit.audit.anchor-file:${SUJARIT_DATA_DIR:data}/audit-anchors.log}") Path file) {
		return new AuditAnchors(file);
	}

	@Bean
	AnchorWriter auditAnchorWriter(AuditLog audit, AuditAnchors anchors) {
		return new AnchorWriter(audit, anchors);
	}

	static class AnchorWriter {

		private final AuditLog audit;

		private final AuditAnchors anchors;

		AnchorWriter(AuditLog audit, AuditAnchors anchors) {
			this.audit = audit;
			this.anchors = anchors;
		}

		@Scheduled(fixedDelayString = "${sujarit.audit.anchor-interval:PT10M}", initialDelayString = "PT1M")
		void anchor() {
			audit.head().ifPresent(head -> anchors.write(head.seq(), head.hash()));
		}

	}

}
