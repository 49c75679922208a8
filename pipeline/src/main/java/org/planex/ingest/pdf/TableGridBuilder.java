package org.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ruled tables the way Tabula's lattice mode does: joins the pieces of each drawn line, groups lines
 * that cross into networks, and turns every network that forms a grid of cells into a {@link TableGrid},
 * with adjacent cells merged wherever no ruling separates them.
 */
final class TableGridBuilder {

  /** Ends and crossings this close meet: editors draw borders in pieces that do not quite touch. */
  private static final double JOIN = 2.0;
  /** Pieces of one line may be this far off its position. */
  private static final double SAME_LINE = 1.5;
  /** Grid lines closer than this are one line (double borders, a border drawn twice). */
  private static final double CLUSTER = 3.0;
  /** How far the horizontal lines must run past the outermost vertical to stand for a missing outer border. */
  private static final double OUTER_EDGE = 6.0;
  /** A separator drawn along at least this share of a cell side separates the cells. */
  private static final double SEPARATES = 0.5;
  /** Pages of vector art can draw tens of thousands of lines; comparing all pairs would take too long. */
  private static final long MAX_PAIRS = 4_000_000L;

  List<TableGrid> build(List<Ruling> rulings) {
    List<Ruling> hs = merge(rulings.stream().filter(Ruling::horizontal).toList());
    List<Ruling> vs = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
    if (hs.isEmpty() || vs.isEmpty() || (long) hs.size() * vs.size() > MAX_PAIRS) {
      return List.of();
    }
    Partition networks = new Partition(hs.size() + vs.size());
    for (int i = 0; i < hs.size(); i++) {
      for (int j = 0; j < vs.size(); j++) {
        if (crosses(hs.get(i), vs.get(j))) {
          networks.union(i, hs.size() + j);
        }
      }
    }
    Map<Integer, List<Ruling>> hByNetwork = new HashMap<>();
    Map<Integer, List<Ruling>> vByNetwork = new HashMap<>();
    for (int i = 0; i < hs.size(); i++) {
      hByNetwork.computeIfAbsent(networks.find(i), k -> new ArrayList<>()).add(hs.get(i));
    }
    for (int j = 0; j < vs.size(); j++) {
      vByNetwork.computeIfAbsent(networks.find(hs.size() + j), k -> new ArrayList<>()).add(vs.get(j));
    }
    List<TableGrid> grids = new ArrayList<>();
    for (Map.Entry<Integer, List<Ruling>> e : hByNetwork.entrySet()) {
      List<Ruling> v = vByNetwork.get(e.getKey());
      if (v != null && e.getValue().size() >= 2 && v.size() >= 2) {
        TableGrid grid = grid(e.getValue(), v);
        if (grid != null) {
          grids.add(grid);
        }
      }
    }
    // A small grid inside a bigger one (a table in a cell) belongs to the bigger table's cell text.
    grids.sort(Comparator.comparingDouble(g -> -(g.right() - g.left()) * (g.bottom() - g.top())));
    List<TableGrid> outer = new ArrayList<>();
    for (TableGrid g : grids) {
      if (outer.stream().noneMatch(o -> o.encloses(g))) {
        outer.add(g);
      }
    }
    outer.sort(Comparator.comparingDouble(TableGrid::top));
    return outer;
  }

  private static boolean crosses(Ruling h, Ruling v) {
    return v.position() >= h.start() - JOIN && v.position() <= h.end() + JOIN
        && h.position() >= v.start() - JOIN && h.position() <= v.end() + JOIN;
  }

  /** Joins the collinear pieces of each drawn line. */
  static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings.stream().filter(r -> r.length() >= 1).toList());
    sorted.sort(Comparator.comparingDouble(Ruling::position));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).position() - sorted.get(j - 1).position() <= SAME_LINE
          && sorted.get(j).position() - sorted.get(i).position() <= 2 * SAME_LINE) {
        j++;
      }
      List<Ruling> line = new ArrayList<>(sorted.subList(i, j));
      line.sort(Comparator.comparingDouble(Ruling::start));
      Ruling current = null;
      for (Ruling r : line) {
        if (current != null && r.start() <= current.end() + JOIN) {
          double total = current.length() + r.length();
          double position = (current.position() * current.length() + r.position() * r.length()) / total;
          current = new Ruling(r.horizontal(), position, current.start(), Math.max(current.end(), r.end()));
        } else {
          if (current != null) {
            out.add(current);
          }
          current = r;
        }
      }
      out.add(current);
      i = j;
    }
    return out;
  }

  private static TableGrid grid(List<Ruling> hs, List<Ruling> vs) {
    List<Double> xs = cluster(vs.stream().map(Ruling::position).toList());
    List<Double> ys = cluster(hs.stream().map(Ruling::position).toList());
    // Tables drawn without an outer border: the inner lines run on to where the border would be.
    double hStart = median(hs.stream().map(Ruling::start).toList());
    double hEnd = median(hs.stream().map(Ruling::end).toList());
    double vStart = median(vs.stream().map(Ruling::start).toList());
    double vEnd = median(vs.stream().map(Ruling::end).toList());
    if (hStart < xs.getFirst() - OUTER_EDGE) {
      xs.addFirst(hStart);
    }
    if (hEnd > xs.getLast() + OUTER_EDGE) {
      xs.addLast(hEnd);
    }
    if (vStart < ys.getFirst() - OUTER_EDGE) {
      ys.addFirst(vStart);
    }
    if (vEnd > ys.getLast() + OUTER_EDGE) {
      ys.addLast(vEnd);
    }
    int rows = ys.size() - 1;
    int cols = xs.size() - 1;
    // At least 2 x 2 cells; a single row of three or more is a table continued from the previous page.
    if (rows < 1 || cols < 2 || (rows == 1 && cols < 3)) {
      return null;
    }
    Partition merges = new Partition(rows * cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !separated(vs, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
          merges.union(r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !separated(hs, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
          merges.union(r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    int[] owner = new int[rows * cols];
    Map<Integer, Integer> topLeft = new HashMap<>();
    for (int i = 0; i < owner.length; i++) {
      int cell = i;
      // Row-major order: the first cell met of a merge is its top-left.
      owner[i] = topLeft.computeIfAbsent(merges.find(i), root -> cell);
    }
    if (topLeft.size() < 2) {
      return null;
    }
    return new TableGrid(toArray(xs), toArray(ys), owner);
  }

  /** Whether the rulings near {@code position} cover most of the cell side from {@code from} to {@code to}. */
  private static boolean separated(List<Ruling> rulings, double position, double from, double to) {
    double covered = 0;
    for (Ruling r : rulings) {
      if (Math.abs(r.position() - position) <= CLUSTER) {
        covered += Math.max(0, Math.min(r.end(), to) - Math.max(r.start(), from));
      }
    }
    return covered >= SEPARATES * (to - from);
  }

  private static List<Double> cluster(List<Double> positions) {
    List<Double> sorted = new ArrayList<>(positions);
    sorted.sort(Double::compare);
    List<Double> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      double sum = sorted.get(i);
      while (j < sorted.size() && sorted.get(j) - sorted.get(j - 1) <= CLUSTER) {
        sum += sorted.get(j);
        j++;
      }
      out.add(sum / (j - i));
      i = j;
    }
    return out;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    return sorted.get(sorted.size() / 2);
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Disjoint sets over 0..n-1. */
  private static final class Partition {
    private final int[] parent;

    Partition(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
