package stories

import (
	"math"
	"testing"
)

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name        string
		pred, truth []string
		want        Scores
	}{
		{"identical", []string{"x", "x", "y"}, []string{"A", "A", "B"}, Scores{1, 1, 1, 1}},
		// Worked by hand in the comment of TestBCubedByHand.
		{"mixed", []string{"x", "x", "y", "y", "y"}, []string{"A", "A", "A", "B", "B"},
			Scores{11.0 / 15, 11.0 / 15, 11.0 / 15, 1.0 / 6}},
		// All singletons: perfect precision, half the recall; chance-level ARI.
		{"singletons", []string{"a", "b", "c", "d"}, []string{"A", "A", "B", "B"},
			Scores{1, 0.5, 2.0 / 3, 0}},
		// One big cluster: the mirror image.
		{"one cluster", []string{"x", "x", "x", "x"}, []string{"A", "A", "B", "B"},
			Scores{0.5, 1, 2.0 / 3, 0}},
		{"empty", nil, nil, Scores{1, 1, 1, 1}},
		{"one item", []string{"x"}, []string{"A"}, Scores{1, 1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(tt.pred, tt.truth)
			for _, c := range []struct {
				what      string
				got, want float64
			}{
				{"precision", got.Precision, tt.want.Precision},
				{"recall", got.Recall, tt.want.Recall},
				{"F1", got.F1, tt.want.F1},
				{"ARI", got.ARI, tt.want.ARI},
			} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %.6f, want %.6f", c.what, c.got, c.want)
				}
			}
		})
	}
}

// TestBCubedByHand spells out the "mixed" case above.
//
//	item  pred truth  precision  recall
//	1     x    A      2/2        2/3
//	2     x    A      2/2        2/3
//	3     y    A      1/3        1/3
//	4     y    B      2/3        2/2
//	5     y    B      2/3        2/2
//
// Both average to 11/15. ARI: agreeing pairs 1+0+1 = 2, predicted pairs
// 1+3 = 4, true pairs 3+1 = 4, all pairs 10, expected 4*4/10 = 1.6, max
// (4+4)/2 = 4, so (2-1.6)/(4-1.6) = 1/6.
func TestBCubedByHand(t *testing.T) {
	p, r, _ := BCubed([]string{"x", "x", "y", "y", "y"}, []string{"A", "A", "A", "B", "B"})
	if math.Abs(p-11.0/15) > 1e-9 || math.Abs(r-11.0/15) > 1e-9 {
		t.Fatalf("BCubed = %v, %v", p, r)
	}
}

func TestMetricsIgnoreLabelNames(t *testing.T) {
	a := Evaluate([]string{"x", "x", "y", "z"}, []string{"A", "B", "B", "C"})
	b := Evaluate([]string{"q", "q", "r", "s"}, []string{"C", "A", "A", "B"})
	if a != b {
		t.Fatalf("renaming labels changed the scores: %+v vs %+v", a, b)
	}
}

func TestLabels(t *testing.T) {
	got := Labels([]Story{{ID: "s1", Members: []string{"a", "b"}}, {ID: "s2", Members: []string{"c"}}})
	want := map[string]string{"a": "s1", "b": "s1", "c": "s2"}
	if len(got) != len(want) {
		t.Fatalf("Labels = %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Labels[%q] = %q, want %q", k, got[k], v)
		}
	}
}

func TestEvaluatePanicsOnLengthMismatch(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	Evaluate([]string{"x"}, nil)
}
