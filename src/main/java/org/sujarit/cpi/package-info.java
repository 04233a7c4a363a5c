/**
 * CPI intelligence: Transparency International's Corruption Perceptions Index results for Thailand and
 * the countries compared with it, the rescaled source scores behind them, TI's method reproduced
 * ({@link org.sujarit.cpi.CpiMethod}), the gap to the national target and a what-if simulator. Reads the
 * CPI sources and working groups through {@link org.sujarit.planning.Planning}. Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CPI")
package org.sujarit.cpi;
