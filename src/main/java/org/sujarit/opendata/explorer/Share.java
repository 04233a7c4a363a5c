package org.sujarit.opendata.explorer;

import java.math.BigDecimal;

/** An amount under one plan (แผนงาน) or budget group (งบ) and its share of the document's total (%). */
public record Share(String code, String name, BigDecimal amount, BigDecimal percent) {
}
