package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"storytui/internal/aggregate"
)

// wideCoverage is a story covered by 14 outlets with long names, quoting
// people whose names share their first dozen letters.
func wideCoverage() aggregate.Coverage {
	outlets := []string{"The Hill", "Vox", "Washington Times", "National Review", "Politico", "USA TODAY",
		"Reuters", "BBC News", "Slate", "Salon", "CNN (Web News)", "Fox Online News", "NPR Online News", "Guest Writer"}
	row := func(name string, n int) aggregate.CoverageRow {
		q := make([]int, len(outlets))
		q[n%len(outlets)] = n
		return aggregate.CoverageRow{Key: name, Name: name, Quotes: q}
	}
	return aggregate.Coverage{
		Story:   aggregate.Story{ID: "s1", Title: "Questions for Comey", Articles: 33},
		Outlets: outlets,
		People:  []aggregate.CoverageRow{row("Donald J. Trump", 3), row("Donald John Trump", 4), row("Kellyanne Conway", 2), row("Jane Roe", 13)},
	}
}

// TestCoverageTableFits: names up to wantNameCol show whole, outlets
// give way to them, the outlets left out are summed in an "other"
// column (Jane Roe, quoted only by the last outlet, is not a row of
// dots), and the note on them comes before the table, not pages below.
func TestCoverageTableFits(t *testing.T) {
	tests := []struct {
		width      int
		wantHidden string // the note, or "" when every outlet fits
		wantHeads  []string
	}{
		{80, "9 more outlets do not fit", []string{"The Hill", "Vox", "Washington …", "National Re…", "other"}},
		{160, "2 more outlets do not fit", []string{"Reuters", "BBC News", "Slate", "Salon", "Fox Online …", "other"}},
		{260, "", []string{"Guest Writer"}},
	}
	for _, tc := range tests {
		s := newStoriesPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
		s.SetSize(tc.width, 30)
		s.cov = wideCoverage()
		rows := s.coverageTable(tc.width - 1)
		plain := make([]string, len(rows))
		for i, r := range rows {
			plain[i] = ansi.Strip(r)
			if w := ansi.StringWidth(r); w > tc.width {
				t.Errorf("width %d: row %d is %d wide", tc.width, i, w)
			}
		}
		all := strings.Join(plain, "\n")
		for _, name := range []string{"Donald J. Trump ", "Donald John Trump ", "Kellyanne Conway "} {
			if !strings.Contains(all, name) {
				t.Errorf("width %d: %q cut:\n%s", tc.width, name, all)
			}
		}
		if tc.wantHidden != "" && !strings.Contains(plain[0], tc.wantHidden) {
			t.Errorf("width %d: first row %q, want the note %q", tc.width, plain[0], tc.wantHidden)
		}
		if tc.wantHidden == "" && strings.Contains(all, "do not fit") {
			t.Errorf("width %d: a note with every outlet shown:\n%s", tc.width, all)
		}
		roe := regexp.MustCompile(`Jane Roe +(· +)*13$`)
		if last := plain[len(plain)-1]; !roe.MatchString(last) {
			t.Errorf("width %d: Jane Roe's 13 quotes not in the last column: %q", tc.width, last)
		}
		for _, h := range tc.wantHeads {
			if !strings.Contains(all, h) {
				t.Errorf("width %d: outlet %q missing:\n%s", tc.width, h, all)
			}
		}
	}
}

func TestWrapParts(t *testing.T) {
	tests := []struct {
		w     int
		parts []string
		want  []string
	}{
		{80, []string{"3 articles", "3 outlets", "2017-03-01 – 2017-03-04"}, []string{"3 articles · 3 outlets · 2017-03-01 – 2017-03-04"}},
		{40, []string{"3 articles", "3 outlets", "2017-03-01 – 2017-03-04"}, []string{"3 articles · 3 outlets", "2017-03-01 – 2017-03-04"}},
		{20, []string{"3 articles", "", "2017-03-01 – 2017-03-04"}, []string{"3 articles", "2017-03-01 –", "2017-03-04"}},
		{20, []string{"", " "}, nil},
	}
	for _, tc := range tests {
		if got := wrapParts(tc.w, tc.parts...); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrapParts(%d, %q) = %q, want %q", tc.w, tc.parts, got, tc.want)
		}
	}
}
