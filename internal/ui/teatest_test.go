package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgramSmoke runs the real program loop, timers included: type a
// query, wait for its hit and the article, quit. The output is the
// renderer's stream of changes, so it waits for text that is drawn whole
// (a line that changed entirely), not for text that may be patched.
func TestProgramSmoke(t *testing.T) {
	tm := teatest.NewTestModel(t, New(newFake(), Options{Title: "smoke"}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	seen := func(parts ...string) func([]byte) bool {
		return func(b []byte) bool {
			s := ansi.Strip(string(b))
			for _, p := range parts {
				if !bytes.Contains([]byte(s), []byte(p)) {
					return false
				}
			}
			return true
		}
	}
	teatest.WaitFor(t, tm.Output(), seen("storytui", "Weather: snow"), teatest.WithDuration(5*time.Second))
	tm.Type("oil")
	teatest.WaitFor(t, tm.Output(), seen("1 hit", "Analysts said the rally"), teatest.WithDuration(5*time.Second))
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if got := fm.search.Value(); got != "oil" {
		t.Fatalf("final query = %q, want oil", got)
	}
	if got := fm.reader.doc.ID; got != "a3" {
		t.Fatalf("reader shows %q, want a3", got)
	}
}
