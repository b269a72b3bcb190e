package stories

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want []string
	}{
		{"Obama's plan, don't panic", 0, []string{"obama", "plan", "don't", "panic"}},
		{"Trump’s wall", 0, []string{"trump", "wall"}},
		{"7.8-magnitude quake", 0, []string{"7", "8", "magnitude", "quake"}},
		{"one two three four", 2, []string{"one", "two"}},
		{"  ...  ", 0, nil},
		{"players' union", 0, []string{"players", "union"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range words(tt.in, tt.max) {
			got = append(got, w.lower)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("words(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := map[string]string{
		"earthquakes": "earthquake", "policies": "policy", "bus": "bus",
		"glass": "glass", "votes": "vote", "taxes": "taxe", "heroes": "heroe",
		"has": "has", "senators": "senator",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The White House asked Bill Clinton to talk to Joe Sestak.",
			[]string{"white", "house", "white house", "bill", "clinton", "bill clinton", "joe", "sestak", "joe sestak"}},
		{"Mr. Steele, chairman of the Republican National Committee, spoke.",
			[]string{"steele", "republican", "national", "committee", "republican national committee"}},
		{"Obama and Biden met in Chile.", []string{"biden", "chile"}},
		{"In New York, police said", []string{"new", "york", "new york"}},
		{"He said: “Nobody knows.” Then Haiti", []string{"haiti"}},
	}
	for _, tt := range tests {
		got := entities(words(tt.in, 0))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("entities(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := map[string]bool{
		"White House Asked Bill Clinton to Urge Sestak to Drop Out":   true,
		"U.K. MONEY MARKET GIVEN 75 MLN STG ASSISTANCE":               true,
		"Romney calls on Rep. Akin to drop Senate bid":                false,
		"Chile quake death toll climbs as Bachelet declares disaster": false,
	}
	for in, want := range tests {
		if got := titleCase(words(in, 0)); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestRawFeatures(t *testing.T) {
	opt := DefaultOptions()
	opt.LeadWords = 8
	c := rawFeatures(Doc{
		Title:  "Quake hits Chile",
		Text:   "A huge earthquake struck central Chile on Saturday, and more words follow here.",
		People: []string{" Michelle Bachelet "},
	}, opt)
	checks := map[string]float64{
		"quake": opt.TitleWeight, "chile": opt.TitleWeight + 1, "earthquake": 1,
		"e:michelle bachelet": 1, "e:chile": 2, "e:quake": 0, "saturday": 0, "word": 0, "a": 0,
	}
	for k, want := range checks {
		if c[k] != want {
			t.Errorf("count[%q] = %v, want %v (all: %v)", k, c[k], want, c)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("The White House asked Bill Clinton’s aide, Mr. Smith.", 0)
	f.Add("don't 'quote' it's", 3)
	f.Add("\xff\xfe ÉLAN Ünïcode", 1)
	f.Fuzz(func(t *testing.T, s string, max int) {
		ws := words(s, max)
		if max > 0 && len(ws) > max {
			t.Fatalf("%d words, max %d", len(ws), max)
		}
		for _, w := range ws {
			if w.lower == "" || !utf8.ValidString(w.lower) && utf8.ValidString(s) {
				t.Fatalf("bad word %q from %q", w.lower, s)
			}
		}
		for _, e := range entities(ws) {
			if strings.TrimSpace(e) == "" {
				t.Fatalf("empty entity from %q", s)
			}
		}
	})
}
