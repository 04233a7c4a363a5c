package org.sujarit.opendata.explorer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.opendata.explorer.Share;

class TreemapUnitTests {

	@Test
	void eachTileHasTheAreaOfItsShareAndTheTilesFillTheBoxWithoutOverlap() {
		List<Share> shares = List.of(share("A", 6), share("B", 6), share("C", 4), share("D", 3), share("E", 2),
				share("F", 2), share("G", 1));
		List<Treemap.Tile> tiles = Treemap.layout(shares, 600, 400);

		assertThat(tiles).hasSize(7);
		double area = 600 * 400 / 24.0;
		for (Treemap.Tile tile : tiles) {
			assertThat(tile.width() * tile.height()).isCloseTo(tile.share().amount().doubleValue() * area, within(0.01));
			assertThat(tile.x()).isBetween(-0.001, 600.0);
			assertThat(tile.x() + tile.width()).isLessThanOrEqualTo(600.001);
			assertThat(tile.y() + tile.height()).isLessThanOrEqualTo(400.001);
		}
		for (int i = 0; i < tiles.size(); i++) {
			for (int j = i + 1; j < tiles.size(); j++) {
				assertThat(overlap(tiles.get(i), tiles.get(j))).as(i + "/" + j).isLessThan(0.01);
			}
		}
		// squarified: no sliver thinner than a tenth of its length for these shares
		assertThat(tiles).allSatisfy(t -> assertThat(Math.min(t.width(), t.height()) / Math.max(t.width(), t.height()))
			.isGreaterThan(0.1));
	}

	@Test
	void zeroAndNegativeAmountsGetNoTile() {
		assertThat(Treemap.layout(List.of(share("A", 5), share("B", 0), share("C", -2)), 100, 100)).hasSize(1);
		assertThat(Treemap.layout(List.of(), 100, 100)).isEmpty();
	}

	private static double overlap(Treemap.Tile a, Treemap.Tile b) {
		double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
		double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
		return w > 0 && h > 0 ? w * h : 0;
	}

	private static Share share(String name, int amount) {
		return new Share(name, name, BigDecimal.valueOf(amount), BigDecimal.ZERO);
	}

}
