package aggregate

import (
	"reflect"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want []Edit
	}{
		{"same words here", "same words here", []Edit{{"=", "same words here"}}},
		{"I did not have communications", "I did have communications", []Edit{{"=", "I did"}, {"-", "not"}, {"=", "have communications"}}},
		{"we need a view", "we need a clear view now", []Edit{{"=", "we need a"}, {"+", "clear"}, {"=", "view"}, {"+", "now"}}},
		{"the top cop lied", "the top official lied", []Edit{{"=", "the top"}, {"-", "cop"}, {"+", "official"}, {"=", "lied"}}},
		{"It is false.", "It is false,", []Edit{{"=", "It is"}, {"-", "false."}, {"+", "false,"}}},
		{"", "new words", []Edit{{"+", "new words"}}},
		{"old words", "", []Edit{{"-", "old words"}}},
		{"", "", nil},
	} {
		got := Diff(tc.a, tc.b)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Diff(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		checkDiff(t, tc.a, tc.b, got)
	}
}

// checkDiff applies a diff both ways: it must give back both texts'
// words, and merge runs (no two neighbours with the same op).
func checkDiff(t *testing.T, a, b string, d []Edit) {
	t.Helper()
	var ga, gb []string
	for i, e := range d {
		if i > 0 && d[i-1].Op == e.Op {
			t.Fatalf("Diff(%q, %q): two %q runs in a row: %v", a, b, e.Op, d)
		}
		w := strings.Fields(e.Text)
		if len(w) == 0 {
			t.Fatalf("Diff(%q, %q): empty edit %v", a, b, d)
		}
		switch e.Op {
		case "=":
			ga, gb = append(ga, w...), append(gb, w...)
		case "-":
			ga = append(ga, w...)
		case "+":
			gb = append(gb, w...)
		default:
			t.Fatalf("bad op %q", e.Op)
		}
	}
	if !reflect.DeepEqual(ga, strings.Fields(a)) && (len(ga) > 0 || len(strings.Fields(a)) > 0) {
		t.Fatalf("Diff(%q, %q) gives back a as %q", a, b, ga)
	}
	if !reflect.DeepEqual(gb, strings.Fields(b)) && (len(gb) > 0 || len(strings.Fields(b)) > 0) {
		t.Fatalf("Diff(%q, %q) gives back b as %q", a, b, gb)
	}
}

// The diff is minimal enough to be useful: the kept words are a longest
// common subsequence.
func TestDiffKeepsLCS(t *testing.T) {
	a := "a b c d e f g h"
	b := "b x c d y f g z h"
	kept := 0
	for _, e := range Diff(a, b) {
		if e.Op == "=" {
			kept += len(strings.Fields(e.Text))
		}
	}
	if kept != 6 { // b c d f g h
		t.Errorf("kept %d words, want 6", kept)
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("I never met with any Russian officials", "I never met any Russian officials to discuss")
	f.Add("", "x")
	f.Add("a a a b", "b a a a")
	f.Add("  spaced\tout\nwords ", "spaced words")
	f.Add("“curly” quotes", "\"curly\" quotes")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkDiff(t, a, b, Diff(a, b))
	})
}
