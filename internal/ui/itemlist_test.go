package ui

import (
	"fmt"
	"testing"
)

// heights is a list of item heights with a counter of how often one was
// asked for.
type heights struct {
	h     []int
	calls int
}

func (hs *heights) of(i int) int {
	hs.calls++
	return hs.h[i]
}

func sameHeights(n, h int) *heights {
	out := &heights{h: make([]int, n)}
	for i := range out.h {
		out.h[i] = h
	}
	return out
}

// TestItemListClamp: the cursor's item shows whole (from its top when
// taller than the pane), and no blank rows are left at the bottom while
// items are hidden above.
func TestItemListClamp(t *testing.T) {
	tests := []struct {
		name          string
		h             []int
		height        int
		cursor        int
		offset        int
		wantC, wantO  int
		wantRendered  int // rows render draws
		wantVisible   int
		wantItemAtTop int
	}{
		{"empty", nil, 10, 3, 2, 0, 0, 0, 1, -1},
		{"shorter than the pane", []int{2, 2, 2}, 10, 2, 1, 2, 0, 6, 3, 0},
		{"cursor below the pane", []int{2, 2, 2, 2, 2, 2, 2, 2}, 6, 5, 0, 5, 3, 6, 3, 3},
		{"cursor above the offset", []int{2, 2, 2, 2, 2, 2, 2, 2}, 6, 1, 4, 1, 1, 6, 3, 1},
		{"mixed heights: the cursor's item whole", []int{1, 4, 1, 3, 2, 5, 1}, 8, 5, 0, 5, 4, 8, 3, 4},
		{"taller than the pane: from its top", []int{2, 12, 2}, 5, 1, 0, 1, 1, 12, 1, 1},
		{"cursor past the end", []int{1, 1, 1, 1, 1}, 3, 40, 0, 4, 2, 3, 3, 2},
		{"offset past a shrunk list: pulled down", []int{2, 2, 2, 2}, 6, 3, 9, 3, 1, 6, 3, 1},
		{"negative cursor", []int{2, 2}, 6, -3, 0, 0, 0, 4, 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hs := &heights{h: tc.h}
			l := itemList{cursor: tc.cursor, offset: tc.offset, height: tc.height}
			l.clampTo(len(tc.h), hs.of)
			if l.cursor != tc.wantC || l.offset != tc.wantO {
				t.Fatalf("cursor %d offset %d, want %d %d", l.cursor, l.offset, tc.wantC, tc.wantO)
			}
			rows := l.render(func(i int, _ bool) []string { return make([]string, tc.h[i]) })
			if len(rows) != tc.wantRendered {
				t.Errorf("render drew %d rows, want %d", len(rows), tc.wantRendered)
			}
			if got := l.visibleCount(hs.of); got != tc.wantVisible {
				t.Errorf("visibleCount %d, want %d", got, tc.wantVisible)
			}
			if got := l.itemAt(0, hs.of); got != tc.wantItemAtTop {
				t.Errorf("itemAt(0) %d, want %d", got, tc.wantItemAtTop)
			}
		})
	}
}

// TestItemListClampCost: keeping the cursor in view asks for the heights
// of about a pane of items, not of every item between the old offset and
// the cursor; a quote's height is its whole rendering, so jumping to the
// bottom of a long list used to take minutes.
func TestItemListClampCost(t *testing.T) {
	for _, n := range []int{10, 1000, 100000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			hs := sameHeights(n, 3)
			l := itemList{height: 30}
			l.clampTo(n, hs.of)
			l.cursor = n - 1
			hs.calls = 0
			l.clampTo(n, hs.of)
			if l.cursor != n-1 || l.offset != max(n-10, 0) {
				t.Fatalf("cursor %d offset %d, want %d %d", l.cursor, l.offset, n-1, max(n-10, 0))
			}
			// A walk back of 11 items and a pull-down check of as many.
			if hs.calls > 4*l.height {
				t.Fatalf("%d height calls for one clamp of %d items", hs.calls, n)
			}
		})
	}
}

// BenchmarkItemListBottom is G in a long list of tall items.
func BenchmarkItemListBottom(b *testing.B) {
	hs := sameHeights(5000, 4)
	for b.Loop() {
		l := itemList{height: 40}
		l.clampTo(5000, hs.of)
		l.cursor = 4999
		l.clampTo(5000, hs.of)
	}
}
