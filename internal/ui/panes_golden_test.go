package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestPaneGolden draws each pane but the articles on the rich fake corpus at 80x24 and
// 160x48 (three columns). Regenerate with: go test ./internal/ui/ -update
func TestPaneGolden(t *testing.T) {
	states := []struct {
		name string
		do   func(hs *harness)
	}{
		{"stories", func(hs *harness) { hs.key("esc") }},
		{"stories_none", func(hs *harness) { hs.typeText("zebra") }},
		{"story_articles", func(hs *harness) { hs.keys("esc", "enter") }},
		{"story_people", func(hs *harness) { hs.keys("esc", "enter", "3") }},
		{"story_chosen_list", func(hs *harness) { hs.keys("esc", "enter", "1", "j") }},
		{"coverage", func(hs *harness) { hs.keys("esc", "c") }},
		{"coverage_one_outlet", func(hs *harness) { hs.keys("esc", "G", "c") }},
		{"people", func(hs *harness) { hs.keys("esc", "3") }},
		{"people_by_name_filtered", func(hs *harness) {
			hs.keys("esc", "3", "s", "s", "/")
			hs.typeText("an")
		}},
		{"quotes", func(hs *harness) { hs.keys("esc", "3", "enter") }},
		{"quote_in_reader", func(hs *harness) { hs.keys("esc", "3", "enter", "enter") }},
		{"reactions", func(hs *harness) { hs.keys("esc", "5") }},
		{"reactions_article_none", func(hs *harness) {
			hs.typeText("oil")
			hs.keys("enter", "5", "t")
		}},
		{"quotes_none", func(hs *harness) {
			hs.keys("esc", "3", "/")
			hs.typeText("franken")
			hs.keys("enter", "enter")
		}},
	}
	for _, st := range states {
		for _, sz := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", st.name, sz[0], sz[1]), func(t *testing.T) {
				hs := newHarness(t, newRichFake(), Options{Title: "default corpus"}, sz[0], sz[1])
				st.do(hs)
				checkFits(t, hs.m.View().Content, sz[0], sz[1])
				golden.RequireEqual(t, []byte(hs.screen()))
			})
		}
	}
}
