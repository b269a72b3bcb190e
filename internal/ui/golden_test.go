package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"storytui/internal/index"
)

// TestGolden compares whole screens, escape codes stripped, with the files
// in testdata/TestGolden. Regenerate with: go test ./internal/ui/ -update
func TestGolden(t *testing.T) {
	states := []struct {
		name    string
		opts    Options
		loading bool
		do      func(hs *harness)
	}{
		{"empty_query", Options{Title: "default corpus"}, false, func(hs *harness) {}},
		{"hits", Options{Title: "default corpus"}, false, func(hs *harness) {
			hs.typeText("sessions russia")
			hs.keys("enter", "2")
		}},
		{"reader", Options{Title: "default corpus", Query: "sessions russia"}, false, func(hs *harness) {
			hs.keys("enter", "n", "n")
		}},
		{"help", Options{Title: "default corpus", Query: "sessions"}, false, func(hs *harness) { hs.key("?") }},
		{"problems", Options{Title: "default corpus", Query: "sessions"}, false, func(hs *harness) {
			hs.send(progressMsg{p: index.Progress{Problems: problems(25)}, fresh: true, closed: true})
			hs.key("!")
		}},
		{"no_results", Options{Title: "default corpus"}, false, func(hs *harness) { hs.typeText("xyz") }},
		{"loading", Options{Title: "news/*.jsonl"}, true, func(hs *harness) {
			hs.send(progressMsg{p: loadingProgress(), fresh: true})
		}},
		{"loading_empty", Options{Title: "news/*.jsonl", Query: "sessions"}, true, func(hs *harness) {
			hs.b.articles = nil
			hs.send(progressMsg{p: loadingProgress(), fresh: true})
		}},
	}
	sizes := [][2]int{{80, 24}, {120, 40}, {60, 15}}
	for _, st := range states {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", st.name, sz[0], sz[1]), func(t *testing.T) {
				opts := st.opts
				if st.loading {
					opts.Progress = make(chan index.Progress)
				}
				fb := newFake()
				hs := newHarness(t, fb, opts, sz[0], sz[1])
				hs.b = fb
				st.do(hs)
				checkFits(t, hs.m.View().Content, sz[0], sz[1])
				golden.RequireEqual(t, []byte(hs.screen()))
			})
		}
	}
}
