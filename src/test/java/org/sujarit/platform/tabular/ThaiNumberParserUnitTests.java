package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNumberParserUnitTests {

	@ParameterizedTest(name = "[{0}] = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1,234.50        | 1234.50
			๑,๒๓๔           | 1234
			๑๒๓.๔๕          | 123.45
			-               | 0
			–               | 0
			—               | 0
			(1,000)         | -1000
			( ๕๐๐.๒๕ )      | -500.25
			-1,234          | -1234
			−42             | -42
			+7              | 7
			0               | 0
			1234567.8901    | 1234567.8901
			.5              | 0.5
			5.              | 5
			' 1 234 '       | 1234
			1,000,000       | 1000000
			฿1,500.00       | 1500.00
			2,500 บาท       | 2500
			-฿20            | -20
			00123           | 123
			""")
	void numbers(String text, String expected) {
		assertThat(ThaiNumberParser.parse(text)).hasValueSatisfying(
				value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "[{0}] = {1} exactly")
	@CsvSource(delimiter = '|', textBlock = """
			1,234.50 | 1234.50
			10.000   | 10.000
			""")
	void keepsTheScaleAsWritten(String text, String expected) {
		assertThat(ThaiNumberParser.parse(text)).contains(new BigDecimal(expected));
	}

	@ParameterizedTest(name = "[{0}] is not a number")
	@ValueSource(strings = { "", "   ", "abc", "หนึ่งพัน", "1,5", "12,34", "1,2345", ",123", "1.2.3", "1e5", "12%",
			"--5", "(-5)", "(5", "5)", "1-2", "- -", "+-1", "NaN", "Infinity", "๑๒a", "1,234,56", "." })
	void notNumbers(String text) {
		assertThat(ThaiNumberParser.parse(text)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void nullIsNotANumber() {
		assertThat(ThaiNumberParser.parse(null)).isEmpty();
	}

}
