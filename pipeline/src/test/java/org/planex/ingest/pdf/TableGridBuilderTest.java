package org.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridBuilderTest {

  private final TableGridBuilder builder = new TableGridBuilder();

  private static Ruling h(double y, double x1, double x2) {
    return new Ruling(true, y, x1, x2);
  }

  private static Ruling v(double x, double y1, double y2) {
    return new Ruling(false, x, y1, y2);
  }

  /** A full grid with the given column and row boundaries, every border drawn cell by cell in pieces. */
  private static List<Ruling> grid(double[] xs, double[] ys) {
    List<Ruling> rulings = new ArrayList<>();
    for (double y : ys) {
      for (int c = 0; c + 1 < xs.length; c++) {
        rulings.add(h(y + 0.2, xs[c] - 0.25, xs[c + 1] + 0.25));
      }
    }
    for (double x : xs) {
      for (int r = 0; r + 1 < ys.length; r++) {
        rulings.add(v(x - 0.2, ys[r] - 0.25, ys[r + 1] + 0.25));
      }
    }
    return rulings;
  }

  @Test
  void findsAGridDrawnInPieces() {
    List<TableGrid> grids = builder.build(grid(new double[] {50, 100, 200, 300}, new double[] {100, 120, 150}));
    assertEquals(1, grids.size());
    TableGrid g = grids.getFirst();
    assertEquals(3, g.columns());
    assertEquals(2, g.rows());
    assertEquals(50, g.left(), 0.5);
    assertEquals(150, g.bottom(), 0.5);
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        assertTrue(g.isOwner(r, c));
      }
    }
    assertEquals(1 * 3 + 2, g.cellAt(250, 130));
  }

  @Test
  void missingSeparatorsMergeCells() {
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(h(100, 50, 300));
    rulings.add(h(120, 50, 300));
    rulings.add(h(140, 200, 300)); // columns 0 and 1 merged over rows 1 and 2
    rulings.add(h(160, 50, 300));
    rulings.add(v(50, 100, 160));
    rulings.add(v(100, 100, 160));
    rulings.add(v(200, 100, 160));
    rulings.add(v(300, 100, 120)); // the right border, drawn in two pieces
    rulings.add(v(300, 120, 160));
    List<TableGrid> grids = builder.build(rulings);
    assertEquals(1, grids.size());
    TableGrid g = grids.getFirst();
    assertEquals(3, g.rows());
    assertEquals(3, g.columns());
    assertTrue(g.isOwner(1, 0));
    assertFalse(g.isOwner(2, 0), "row 2 of column 0 is covered by the cell above");
    assertFalse(g.isOwner(2, 1));
    assertTrue(g.isOwner(2, 2));
    assertEquals(1 * 3 + 0, g.cellAt(75, 150));
    assertEquals(1 * 3 + 1, g.cellAt(150, 150));
  }

  @Test
  void horizontalSpanMergesAcrossColumns() {
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(h(100, 50, 300));
    rulings.add(h(120, 50, 300));
    rulings.add(h(140, 50, 300));
    rulings.add(v(50, 100, 140));
    rulings.add(v(150, 120, 140)); // the title row spans both columns
    rulings.add(v(300, 100, 140));
    TableGrid g = builder.build(rulings).getFirst();
    assertEquals(2, g.columns());
    assertTrue(g.isOwner(0, 0));
    assertFalse(g.isOwner(0, 1));
    assertTrue(g.isOwner(1, 1));
  }

  @Test
  void boxesUnderlinesAndSingleCellsAreNoTables() {
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(h(80, 140, 200)); // the rule under the issuer's name
    rulings.add(h(80, 330, 470));
    rulings.addAll(grid(new double[] {60, 540}, new double[] {300, 400})); // a framed note: one cell
    rulings.addAll(grid(new double[] {60, 300, 540}, new double[] {500, 520})); // one row of two cells
    assertEquals(List.of(), builder.build(rulings));
  }

  @Test
  void aContinuedRowOfThreeCellsIsATable() {
    List<TableGrid> grids = builder.build(grid(new double[] {50, 100, 200, 300}, new double[] {100, 130}));
    assertEquals(1, grids.size());
    assertEquals(1, grids.getFirst().rows());
  }

  @Test
  void tableWithoutOuterBorderUsesItsInnerLines() {
    List<Ruling> rulings = new ArrayList<>();
    rulings.add(h(120, 50, 300)); // inner horizontal lines run to the table's edges
    rulings.add(h(140, 50, 300));
    rulings.add(v(150, 100, 160)); // inner vertical lines run to its top and bottom
    rulings.add(v(220, 100, 160));
    TableGrid g = builder.build(rulings).getFirst();
    assertEquals(3, g.columns());
    assertEquals(3, g.rows());
    assertEquals(50, g.left(), 0.5);
    assertEquals(100, g.top(), 0.5);
  }

  @Test
  void doubleBordersCountOnce() {
    List<Ruling> rulings = new ArrayList<>(grid(new double[] {50, 100, 200}, new double[] {100, 120, 140}));
    rulings.add(h(101.5, 50, 200));
    rulings.add(v(198.5, 100, 140));
    TableGrid g = builder.build(rulings).getFirst();
    assertEquals(2, g.columns());
    assertEquals(2, g.rows());
  }

  @Test
  void aTableInsideACellIsPartOfTheOuterTable() {
    List<Ruling> rulings = new ArrayList<>(grid(new double[] {50, 150, 400}, new double[] {100, 200, 300}));
    rulings.addAll(grid(new double[] {170, 250, 330, 380}, new double[] {120, 140, 160}));
    List<TableGrid> grids = builder.build(rulings);
    assertEquals(1, grids.size());
    assertEquals(50, grids.getFirst().left(), 0.5);
  }
}
