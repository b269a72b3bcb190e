package stories

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Made-up articles for the ways grouping went wrong at scale: template
// headlines of different companies, a column whose pieces share
// boilerplate and no date, and a long chain of follow-ups.
var (
	// Two companies' results under one wire template, each with a
	// follow-up a few days later that names it again.
	acmeQ3 = Doc{ID: "acme-q3", Source: "Wire", Date: day("2021-10-20"),
		Title: "ACME WIDGETS INC <ACW> 3RD QTR NET",
		Text:  "Acme Widgets Inc said third quarter net profit was 12.4 mln dlrs, or 41 cts a share, against 9.8 mln dlrs, or 33 cts, a year earlier. Quarterly revenues were 210 mln dlrs against 188 mln dlrs."}
	acmeCut = Doc{ID: "acme-cuts", Source: "Wire", Date: day("2021-10-23"),
		Title: "ACME WIDGETS TO CUT 300 JOBS AFTER QUARTER",
		Text:  "Acme Widgets Inc will cut 300 jobs at its Dayton plant, the company said, days after reporting a higher third quarter net profit on stronger revenues."}
	borlanQ3 = Doc{ID: "borlan-q3", Source: "Wire", Date: day("2021-10-21"),
		Title: "BORLAN FOODS CORP <BFC> 3RD QTR NET",
		Text:  "Borlan Foods Corp said third quarter net profit was 7.1 mln dlrs, or 22 cts a share, against 6.5 mln dlrs, or 20 cts, a year earlier. Quarterly revenues were 95 mln dlrs against 90 mln dlrs."}
	borlanBuy = Doc{ID: "borlan-buys", Source: "Wire", Date: day("2021-10-24"),
		Title: "BORLAN FOODS AGREES TO BUY DAIRY UNIT",
		Text:  "Borlan Foods Corp agreed to buy a dairy unit for 40 mln dlrs, the company said, after a third quarter in which net profit and revenues rose."}
	// A third company whose headline shares a name with Acme's.
	acmeRival = Doc{ID: "dayton-q3", Source: "Wire", Date: day("2021-10-22"),
		Title: "DAYTON TOOL CO <DTC> 3RD QTR NET",
		Text:  "Dayton Tool Co said third quarter net profit was 3.3 mln dlrs, or 15 cts a share, against 2.9 mln dlrs, or 13 cts, a year earlier. Quarterly revenues were 61 mln dlrs against 57 mln dlrs."}

	// Undated pieces of one column, scraped with the same boilerplate
	// lead under their own headlines.
	columnLead = "Each week The Other View sets out what the left and the right are saying. Some on the left argue that the plan goes too far, while some on the right say it does not go far enough; both sides agree the debate is far from over."
	column     = []Doc{
		{ID: "col-bridge", Source: "The Other View", Title: "Harbor Bridge Vote", Text: columnLead},
		{ID: "col-strike", Source: "The Other View", Title: "Teachers Strike Ends", Text: columnLead},
		{ID: "col-mayor", Source: "The Other View", Title: "Mayor Race Heats Up", Text: columnLead},
		{ID: "col-drought", Source: "The Other View", Title: "Drought Rules Eased", Text: columnLead},
	}
)

// followUps makes n reports of one long-running affair, one every gap
// days, each close to the one before it.
func followUps(n, gap int) []Doc {
	steps := []string{"arrested", "charged", "extradition hearing", "appeal filed", "appeal heard", "ruling", "second appeal", "extradited", "trial opens", "verdict"}
	var docs []Doc
	for i := range n {
		docs = append(docs, Doc{ID: fmt.Sprintf("orlov-%02d", i), Source: "Wire",
			Date:  day("2022-01-03").AddDate(0, 0, i*gap),
			Title: fmt.Sprintf("Banker Pavel Orlov: %s in Lisbon fraud case", steps[i%len(steps)]),
			Text:  fmt.Sprintf("Pavel Orlov, the Lisbon banker accused of fraud at Tejo Credit, was in court again as the case moved on: %s, his lawyer Ines Barata told reporters outside the Lisbon court.", steps[i%len(steps)])})
	}
	return docs
}

func TestGroupGeneralises(t *testing.T) {
	tests := []struct {
		name string
		docs []Doc
		want [][]string
	}{
		{"template headlines of different companies stay apart",
			[]Doc{acmeQ3, borlanQ3, acmeCut, borlanBuy},
			[][]string{{"acme-q3", "acme-cuts"}, {"borlan-q3", "borlan-buys"}}},
		{"a shared common name does not make one company another",
			[]Doc{acmeQ3, acmeRival, acmeCut},
			[][]string{{"acme-q3", "acme-cuts"}, {"dayton-q3"}}},
		{"undated pieces of one column are not one event",
			column,
			[][]string{{"col-bridge"}, {"col-strike"}, {"col-mayor"}, {"col-drought"}}},
		{"follow-ups within the window are one story",
			followUps(4, 7),
			[][]string{{"orlov-00", "orlov-01", "orlov-02", "orlov-03"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := memberSets(Group(tt.docs))
			if want := sortedSets(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("Group:\n got %v\nwant %v", got, want)
			}
		})
	}
}

// TestGroupSpan checks that follow-ups do not chain a story over months:
// dated reports of one affair every 20 days, and undated ones as close to
// all of them, must not make a story longer than the window, whether the
// docs come at once or one at a time.
func TestGroupSpan(t *testing.T) {
	docs := followUps(9, 20)
	for _, d := range followUps(6, 20) {
		d.ID = "undated-" + d.ID
		d.Date = time.Time{}
		docs = append(docs, d)
	}
	opt := DefaultOptions()
	limit := time.Duration(opt.WindowDays) * 24 * time.Hour
	date := map[string]time.Time{}
	for _, d := range docs {
		date[d.ID] = d.Date
	}
	batch := NewGrouper(opt)
	batch.Add(docs)
	oneByOne := NewGrouper(opt)
	for _, d := range docs {
		oneByOne.Add([]Doc{d})
	}
	for name, g := range map[string]*Grouper{"batch": batch, "one by one": oneByOne} {
		ss := g.Stories()
		if len(ss) == len(docs) {
			t.Errorf("%s: no follow-up joined a story", name)
		}
		for _, s := range ss {
			var first, last time.Time
			for _, m := range s.Members {
				if d := date[m]; !d.IsZero() {
					if first.IsZero() {
						first = d
					}
					last = d
				}
			}
			if last.Sub(first) > limit {
				t.Errorf("%s: story %v spans %v, more than the %d-day window", name, s.Members, last.Sub(first), opt.WindowDays)
			}
		}
	}
}

// TestGroupTemplateHeadlines: a day of wire earnings reports, each an ALL
// CAPS headline over a lead of figures, so no names to compare. The
// template words are in every report and each company's name in its own
// alone; no two companies may share a story.
func TestGroupTemplateHeadlines(t *testing.T) {
	syllables := []string{"kal", "vor", "tem", "bri", "dax", "mun", "sel", "quo"}
	var docs []Doc
	for i := range 64 {
		name := syllables[i%8] + syllables[i/8] + "ex"
		docs = append(docs, Doc{ID: fmt.Sprintf("q3-%02d", i), Source: "Wire", Date: day("2021-10-20"),
			Title: fmt.Sprintf("%s CORP <%sQ> 3RD QTR NET", strings.ToUpper(name), strings.ToUpper(name[:4])),
			Text:  fmt.Sprintf("NEW YORK, Oct 20 - Qtr ended Sept 30 Shr %d cts vs %d cts Net %d,000 vs %d,000 Revs %d mln vs %d mln Nine mths Shr %d cts vs %d cts", 10+i, 9+i, 300+i, 280+i, 50+i, 45+i, 30+i, 28+i)})
	}
	for _, s := range Group(docs) {
		if len(s.Members) > 1 {
			t.Errorf("one story for %d companies: %v", len(s.Members), s.Members)
		}
	}
}
