package aggregate

import (
	"testing"

	"storytui/internal/extract"
)

func TestReactions(t *testing.T) {
	withReactions := func(a Article, rs ...extract.Reaction) Article {
		a.Result.Reactions = rs
		a.Text += "\n\nPelosi called for him to resign."
		return a
	}
	arts := []Article{
		withReactions(art("old", "ABC", "2017-03-01", nil),
			extract.Reaction{Who: "Al Franken", Stance: "criticizes", Quote: "misleading"},
			extract.Reaction{Who: "Nancy Pelosi", Stance: "demands", Action: "resign", Quote: "Pelosi called for him to resign."},
			extract.Reaction{Who: "Jeff Sessions", Stance: "denies"}),
		withReactions(art("new", "CNN", "2017-03-02", nil),
			extract.Reaction{Who: "Sean Bartlett", Stance: "neutral"},
			extract.Reaction{Who: "Rob Portman", Stance: "demands", Action: "recuse"},
			extract.Reaction{Who: "Paul Ryan", Stance: "supports"},
			extract.Reaction{Who: "Someone", Stance: "ponders"}),
		withReactions(art("undated", "AP", "", nil),
			extract.Reaction{Who: "Elijah Cummings", Stance: "demands", Action: "resign"}),
	}
	got := Reactions(arts)
	want := []struct{ who, article string }{
		{"Rob Portman", "new"}, {"Nancy Pelosi", "old"}, {"Elijah Cummings", "undated"},
		{"Al Franken", "old"},
		{"Paul Ryan", "new"},
		{"Jeff Sessions", "old"},
		{"Sean Bartlett", "new"},
		{"Someone", "new"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d reactions, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Who != w.who || got[i].Source.ArticleID != w.article {
			t.Errorf("%d: %s from %s, want %s from %s", i, got[i].Who, got[i].Source.ArticleID, w.who, w.article)
		}
	}
	p := got[1]
	if p.Source.Outlet != "ABC" || p.Action != "resign" || p.Source.Text != p.Quote {
		t.Errorf("Pelosi's reaction lost fields: %+v", p)
	}
	if arts[0].Text[p.Source.Start:p.Source.End] != p.Quote {
		t.Errorf("Pelosi's reaction not located in the text: %d-%d", p.Source.Start, p.Source.End)
	}
	if len(Reactions(nil)) != 0 {
		t.Errorf("reactions from nothing")
	}
}
