package stories

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// cattleReport is one day's issue of a made-up daily market report: one
// outlet, nearly the same headline and lead every weekday, only the
// figures change.
func cattleReport(i int, date time.Time) Doc {
	verb := []string{"UP", "DOWN", "STEADY"}[i%3]
	return Doc{
		ID: fmt.Sprintf("cattle-%02d", i), Source: "Farm Wire", Date: date,
		Title: fmt.Sprintf("RIVERTON CATTLE AUCTION PRICES %s %d CTS", verb, i+1),
		Text: fmt.Sprintf("Feeder cattle at the Riverton auction sold %d cents higher at %d.%02d dlrs per hundredweight, "+
			"the Riverton Livestock Exchange said. Receipts were %d head against %d a week earlier, dealers said.",
			i+1, 80+i, 5*i, 1200+40*i, 1100+30*i),
	}
}

// TestRoutineReportIsNoStory: a daily report's issues, weeks of them,
// are each their own event and must not chain into one story that
// outnumbers a real story covered by three outlets.
func TestRoutineReportIsNoStory(t *testing.T) {
	docs := []Doc{sestakNYT, sestakFox, sestakHuff}
	start := day("2010-05-03")
	n := 0
	for d := range 28 {
		date := start.AddDate(0, 0, d)
		if wd := date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		docs = append(docs, cattleReport(n, date))
		n++
	}
	got := Group(docs)
	if want := []string{"sestak-nyt", "sestak-fox", "sestak-huff"}; !reflect.DeepEqual(got[0].Members, want) {
		t.Errorf("largest story = %v, want the three reports of one event %v", got[0].Members, want)
	}
	for _, st := range got {
		if len(st.Members) > 1 && st.Members[0] != "sestak-nyt" {
			t.Errorf("daily issues grouped as one story: %v", st.Members)
		}
	}
}

func TestRoutineRepeat(t *testing.T) {
	doc := func(source, date, title string) (*docInfo, headline) {
		d := &docInfo{title: title, source: source}
		if date != "" {
			d.dated, d.day = true, int32(day(date).Unix()/86400)
		}
		g := NewGrouper(DefaultOptions())
		return d, g.headlineOf(d)
	}
	tests := []struct {
		name            string
		srcA, dateA, tA string
		srcB, dateB, tB string
		want            bool
	}{
		{"two days' issues, figures aside",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE PRICES UP 2 CTS",
			"Farm Wire", "2010-05-04", "RIVERTON CATTLE PRICES DOWN 1 CT", true},
		{"issues with a word more",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE AUCTION PRICES UP 2 CTS",
			"Farm Wire", "2010-05-10", "RIVERTON CATTLE AUCTION PRICES SEEN 1 CT LOWER", true},
		{"the same day: one day's report and its update",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE PRICES UP 2 CTS",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE PRICES UP 3 CTS", false},
		{"other outlets may reword a headline any day",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE PRICES UP 2 CTS",
			"Plains Daily", "2010-05-04", "RIVERTON CATTLE PRICES DOWN 1 CT", false},
		{"an outlet's follow-up under a headline of its own",
			"Daily Star", "2012-03-01", "Mayor Green resigns over budget scandal",
			"Daily Star", "2012-03-02", "Council names interim mayor after Green quits", false},
		{"a running story's slug, the step in words",
			"Daily Star", "2012-03-01", "Senator Ruiz bribery trial: jury sworn in",
			"Daily Star", "2012-03-08", "Senator Ruiz bribery trial: defence rests", false},
		{"the same headline on another day, no figure",
			"Farm Wire", "2010-05-03", "Riverton bank adds funds to money market",
			"Farm Wire", "2010-05-04", "RIVERTON BANK ADDS FUNDS TO MONEY MARKET", true},
		{"a follow-up repeats the figure",
			"Farm Wire", "2010-05-03", "ACME WINS 12.5 MLN DLR CONTRACT",
			"Farm Wire", "2010-05-06", "ACME GETS 12.5 MLN DLR ARMY CONTRACT", false},
		{"a figure in one headline only",
			"Farm Wire", "2010-05-03", "RIVERTON CATTLE PRICES UP 2 CTS",
			"Farm Wire", "2010-05-04", "RIVERTON CATTLE PRICES STEADY", false},
		{"two shared words are not a template",
			"Daily Star", "2012-03-01", "Green resigns after 12 years",
			"Daily Star", "2012-03-02", "Green resigns, 3 councillors say", false},
		{"no outlet known",
			"", "2010-05-03", "RIVERTON CATTLE PRICES UP 2 CTS",
			"", "2010-05-04", "RIVERTON CATTLE PRICES DOWN 1 CT", false},
		{"undated",
			"Farm Wire", "", "RIVERTON CATTLE PRICES UP 2 CTS",
			"Farm Wire", "2010-05-04", "RIVERTON CATTLE PRICES DOWN 1 CT", false},
	}
	for _, tt := range tests {
		a, ha := doc(tt.srcA, tt.dateA, tt.tA)
		b, hb := doc(tt.srcB, tt.dateB, tt.tB)
		if got := routineRepeat(a, ha, b, hb); got != tt.want {
			t.Errorf("%s: routineRepeat = %v, want %v (%v, %v)", tt.name, got, tt.want, ha.plain, hb.plain)
		}
	}
}

// TestRoutineCopyIsNoNewIssue: one report filed again the next day under
// the same headline is a copy, not the next issue of a routine report.
func TestRoutineCopyIsNoNewIssue(t *testing.T) {
	g := NewGrouper(DefaultOptions())
	g.names, g.df = make([]string, 9), make([]int32, 9) // features 1-8, none a title word
	mk := func(date string, vec []feat) (*docInfo, headline) {
		d := &docInfo{title: "Navy jets raid border camps", source: "Wire", dated: true, day: int32(day(date).Unix() / 86400), vec: vec}
		return d, g.headlineOf(d)
	}
	lead := []feat{{1, 0.5}, {2, 0.5}, {3, 0.5}, {4, 0.5}, {5, 0.5}}
	a, ha := mk("2011-04-01", lead)
	b, hb := mk("2011-04-02", lead)
	if routineRepeat(a, ha, b, hb) {
		t.Errorf("a copy filed the next day is taken for another issue")
	}
	c, hc := mk("2011-04-05", []feat{{1, 0.5}, {2, 0.5}, {6, 0.5}, {7, 0.5}, {8, 0.5}})
	if !routineRepeat(a, ha, c, hc) {
		t.Errorf("the same headline over another lead days later is not another issue")
	}
}

// TestRoutineReportDayByDay adds a daily report's issues one update at a
// time, saving and reading the Grouper back in between, as an index
// watching a feed does: each day's issue must still start a story of its
// own, so the outlet must survive the encoding.
func TestRoutineReportDayByDay(t *testing.T) {
	g := NewGrouper(DefaultOptions())
	g.Add([]Doc{sestakNYT, sestakFox, sestakHuff})
	start := day("2010-05-03")
	for i := range 10 {
		b, err := g.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		g = NewGrouper(DefaultOptions())
		if err := g.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		g.Add([]Doc{cattleReport(i, start.AddDate(0, 0, i))})
	}
	for _, st := range g.Stories() {
		if len(st.Members) > 1 && st.Members[0] != "sestak-nyt" {
			t.Errorf("daily issues grouped as one story: %v", st.Members)
		}
	}
}
