package aggregate

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"storytui/internal/extract"
)

func TestMiddleForm(t *testing.T) {
	for _, tc := range []struct{ key, short, middle string }{
		{"harlan j ostrowski", "harlan ostrowski", "j"},
		{"harlan jerome ostrowski", "harlan ostrowski", "jerome"},
		{"walter p r brennick", "walter brennick", "p r"},
		{"harlan j ostrowski jr", "harlan ostrowski jr", "j"},
		{"harlan j ostrowski jr iii", "harlan ostrowski jr iii", "j"},
		{"harlan ostrowski", "", ""},
		{"harlan ostrowski jr", "", ""},
		{"ostrowski", "", ""},
		{"marisol quenby ostrowski", "", ""},      // not a given name: perhaps a second surname
		{"pieter van dalsum", "", ""},             // a particle begins the surname
		{"tarek al hamadi", "tarek hamadi", "al"}, // an Arabic article some styles drop
		{"harlan 2 ostrowski", "", ""},
		{"", "", ""},
	} {
		short, middle := middleForm(tc.key, nil)
		if string(short) != tc.short || middle != tc.middle {
			t.Errorf("middleForm(%q) = %q, %q; want %q, %q", tc.key, short, middle, tc.short, tc.middle)
		}
	}
}

func TestSameMiddle(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"j", "j", true},
		{"j", "jerome", true},
		{"jerome", "j", true},
		{"h w", "herbert walker", true},
		{"h walker", "herbert w", true},
		{"j", "k", false},
		{"jerome", "james", false},
		{"w", "h w", false},
		{"h w", "w", false},
		{"jerome", "jeremy", false},
	} {
		if got := sameMiddle(tc.a, tc.b); got != tc.want {
			t.Errorf("sameMiddle(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestMiddleNames checks which spellings of a name with and without
// middle names or initials become one person. Each article lists the
// people it names; each wanted entity the articles naming it and the
// names that must find it.
func TestMiddleNames(t *testing.T) {
	type entity struct {
		name     string
		articles int
		names    []string
	}
	for _, tc := range []struct {
		name string
		arts [][]string
		want []entity
	}{
		{"initial joins", [][]string{{"Harlan J. Ostrowski"}, {"Harlan Ostrowski"}, {"Harlan Ostrowski"}},
			[]entity{{"Harlan Ostrowski", 3, []string{"Harlan J. Ostrowski", "Harlan Ostrowski", "HARLAN J OSTROWSKI", "Sen. Harlan J. Ostrowski"}}}},
		{"most used name names it", [][]string{{"Harlan J. Ostrowski"}, {"Harlan J. Ostrowski"}, {"Harlan Jerome Ostrowski"}, {"Harlan Ostrowski"}},
			[]entity{{"Harlan J. Ostrowski", 4, []string{"Harlan J. Ostrowski", "Harlan Jerome Ostrowski", "Harlan Ostrowski"}}}},
		{"two middles that cannot be one person", [][]string{{"Walter R. Brennick"}, {"Walter P. R. Brennick"}, {"Walter Brennick"}},
			[]entity{
				{"Walter R. Brennick", 1, []string{"Walter R. Brennick"}},
				{"Walter P. R. Brennick", 1, []string{"Walter P. R. Brennick"}},
				{"Walter Brennick", 1, []string{"Walter Brennick"}},
			}},
		{"two spellings of one of two middles join each other", [][]string{{"Walter R. Brennick"}, {"Walter R. Brennick"}, {"Walter Rupert Brennick"}, {"Walter P. R. Brennick"}, {"Walter Brennick"}},
			[]entity{
				{"Walter R. Brennick", 3, []string{"Walter R. Brennick", "Walter Rupert Brennick"}},
				{"Walter P. R. Brennick", 1, []string{"Walter P. R. Brennick"}},
				{"Walter Brennick", 1, []string{"Walter Brennick"}},
			}},
		{"two initials", [][]string{{"Walter R. Brennick"}, {"Walter T. Brennick"}, {"Walter Brennick"}},
			[]entity{
				{"Walter R. Brennick", 1, nil},
				{"Walter T. Brennick", 1, nil},
				{"Walter Brennick", 1, nil},
			}},
		{"a Jr. named beside his father stays apart", [][]string{{"Harlan Ostrowski Jr.", "Harlan Ostrowski"}, {"Harlan Ostrowski"}, {"Harlan J. Ostrowski"}, {"Harlan J. Ostrowski Jr."}},
			[]entity{
				{"Harlan Ostrowski", 3, []string{"Harlan Ostrowski", "Harlan J. Ostrowski"}},
				{"Harlan Ostrowski Jr.", 2, []string{"Harlan Ostrowski Jr.", "Harlan J. Ostrowski Jr."}},
			}},
		// a paper that writes "Jr." writes it every time
		{"a Jr. never named beside the name without it joins it", [][]string{{"Harlan Ostrowski Jr."}, {"Harlan Ostrowski"}, {"Harlan J. Ostrowski"}, {"Harlan J. Ostrowski Jr."}},
			[]entity{
				{"Harlan Ostrowski", 4, []string{"Harlan Ostrowski", "Harlan J. Ostrowski", "Harlan Ostrowski Jr.", "Harlan J. Ostrowski Jr."}},
			}},
		{"a III with a middle initial joins through the name without it", [][]string{{"Walter Q. Brennick III"}, {"Walter Brennick"}, {"Walter Brennick"}},
			[]entity{
				{"Walter Brennick", 3, []string{"Walter Brennick", "Walter Q. Brennick III"}},
			}},
		{"a Jr. whose short name is of two middles joins nothing", [][]string{{"Walter Q. Brennick Jr."}, {"Walter R. Brennick"}, {"Walter T. Brennick"}, {"Walter Brennick"}},
			[]entity{
				{"Walter Q. Brennick Jr.", 1, nil},
				{"Walter R. Brennick", 1, nil},
				{"Walter T. Brennick", 1, nil},
				{"Walter Brennick", 1, nil},
			}},
		{"a Jr. and a III of one name stay apart", slices.Concat(repeat(3, "Harlan Ostrowski Jr."), repeat(2, "Harlan Ostrowski III"), repeat(1, "Harlan Ostrowski")),
			[]entity{
				{"Harlan Ostrowski Jr.", 3, nil},
				{"Harlan Ostrowski III", 2, nil},
				{"Harlan Ostrowski", 1, nil},
			}},
		{"a middle initial joins a short given name when the formal one is not counted", [][]string{{"Walter R. Brennick"}, {"Walt Brennick"}, {"Walt Brennick"}},
			[]entity{{"Walt Brennick", 3, []string{"Walter R. Brennick", "Walt Brennick"}}}},
		{"but a full middle name does not", [][]string{{"Walter Rupert Brennick"}, {"Walt Brennick"}, {"Walt Brennick"}},
			[]entity{{"Walt Brennick", 2, nil}, {"Walter Rupert Brennick", 1, nil}}},
		{"and its Jr. too", [][]string{{"Walter R. Brennick Jr."}, {"Walter R. Brennick"}, {"Walt Brennick"}},
			[]entity{{"Walt Brennick", 3, []string{"Walter R. Brennick Jr.", "Walter R. Brennick", "Walt Brennick"}}}},
		{"no join without the short name", [][]string{{"Harlan J. Ostrowski"}, {"Harlan Jerome Ostrowski"}},
			[]entity{
				{"Harlan J. Ostrowski", 1, []string{"Harlan J. Ostrowski"}},
				{"Harlan Jerome Ostrowski", 1, []string{"Harlan Jerome Ostrowski"}},
			}},
		{"a middle word that is no given name", [][]string{{"Marisol Quenby Ostrowski"}, {"Marisol Ostrowski"}},
			[]entity{
				{"Marisol Quenby Ostrowski", 1, nil},
				{"Marisol Ostrowski", 1, nil},
			}},
		{"a middle word that is no given name joins when an article calls the one by the other", [][]string{{"Marisol Quenby Ostrowski|Marisol Ostrowski"}, {"Marisol Quenby Ostrowski"}, {"Marisol Ostrowski"}},
			[]entity{{"Marisol Quenby Ostrowski", 3, []string{"Marisol Quenby Ostrowski", "Marisol Ostrowski"}}}},
		{"or the other way round, titles and all", [][]string{{"Marisol Ostrowski|Press Secretary Marisol Quenby Ostrowski"}, {"Marisol Quenby Ostrowski"}},
			[]entity{{"Marisol Ostrowski", 2, []string{"Marisol Quenby Ostrowski", "Marisol Ostrowski"}}}},
		{"or when the name without it is ten times as common", slices.Concat(repeat(1, "Marisol Quenby Ostrowski"), repeat(10, "Marisol Ostrowski")),
			[]entity{{"Marisol Ostrowski", 11, []string{"Marisol Quenby Ostrowski", "Marisol Ostrowski"}}}},
		{"or when both have the same leading role", [][]string{{"Marisol Quenby Ostrowski#Judge"}, {"Marisol Ostrowski#Judge"}, {"Marisol Ostrowski"}},
			[]entity{{"Marisol Ostrowski", 3, []string{"Marisol Quenby Ostrowski", "Marisol Ostrowski"}}}},
		{"but not another role", [][]string{{"Marisol Quenby Ostrowski#Governor"}, {"Marisol Ostrowski#Senator"}, {"Marisol Ostrowski"}},
			[]entity{{"Marisol Ostrowski", 2, nil}, {"Marisol Quenby Ostrowski", 1, nil}}},
		{"but not when it is nine times", slices.Concat(repeat(1, "Marisol Quenby Ostrowski"), repeat(9, "Marisol Ostrowski")),
			[]entity{{"Marisol Ostrowski", 9, nil}, {"Marisol Quenby Ostrowski", 1, nil}}},
		{"nor when another middle takes the name", [][]string{{"Marisol Quenby Ostrowski|Marisol Ostrowski"}, {"Marisol T. Ostrowski"}, {"Marisol Ostrowski"}},
			[]entity{{"Marisol Ostrowski", 1, nil}, {"Marisol T. Ostrowski", 1, nil}, {"Marisol Quenby Ostrowski", 1, nil}}},
		{"a surname written twice does not keep a middle initial from joining", [][]string{{"Harlan J. Ostrowski"}, {"Harlan Ostrowski Ostrowski"}, {"Harlan Ostrowski"}},
			[]entity{{"Harlan Ostrowski", 3, []string{"Harlan J. Ostrowski", "Harlan Ostrowski Ostrowski", "Harlan Ostrowski"}}}},
		{"nor does a nickname in quotes", [][]string{{"Walter R. Brennick"}, {"Walter 'Walt' Brennick"}, {"Walter Brennick"}},
			[]entity{{"Walter Brennick", 3, []string{"Walter R. Brennick", "Walter Walt Brennick", "Walter Brennick"}}}},
		{"an initial before the given name joins the name without it", [][]string{{"Q. Walter Brennick"}, {"Q. Walter Brennick"}, {"Walter R. Brennick"}, {"Walter Brennick"}},
			[]entity{{"Q. Walter Brennick", 4, []string{"Q. Walter Brennick", "Walter R. Brennick", "Walter Brennick"}}}},
		{"or its short given name", [][]string{{"Q. Walter Brennick Ostrowski"}, {"Q. Walter Brennick"}, {"Walt Brennick"}, {"Walt Brennick Brennick"}},
			[]entity{{"Walt Brennick", 3, []string{"Q. Walter Brennick", "Walt Brennick", "Walt Brennick Brennick"}}, {"Q. Walter Brennick Ostrowski", 1, nil}}},
		{"a particle", [][]string{{"Pieter van Dalsum"}, {"Pieter Dalsum"}},
			[]entity{
				{"Pieter van Dalsum", 1, nil},
				{"Pieter Dalsum", 1, nil},
			}},
		// 5 of 100 articles is strayShare: a slip, which stays apart.
		{"a stray middle", slices.Concat(repeat(95, "Harlan J. Ostrowski"), repeat(5, "Harlan F. Ostrowski"), repeat(1, "Harlan Ostrowski")),
			[]entity{
				{"Harlan J. Ostrowski", 96, []string{"Harlan J. Ostrowski", "Harlan Ostrowski"}},
				{"Harlan F. Ostrowski", 5, []string{"Harlan F. Ostrowski"}},
			}},
		{"a second person", slices.Concat(repeat(93, "Harlan J. Ostrowski"), repeat(5, "Harlan F. Ostrowski"), repeat(1, "Harlan Ostrowski")),
			[]entity{
				{"Harlan J. Ostrowski", 93, nil},
				{"Harlan F. Ostrowski", 5, nil},
				{"Harlan Ostrowski", 1, nil},
			}},
		// the short name's own articles count with the leading middle's
		{"a stray middle beside a common short name", slices.Concat(repeat(30, "Harlan J. Ostrowski"), repeat(2, "Harlan F. Ostrowski"), repeat(20, "Harlan Ostrowski")),
			[]entity{
				{"Harlan J. Ostrowski", 50, []string{"Harlan J. Ostrowski", "Harlan Ostrowski"}},
				{"Harlan F. Ostrowski", 2, []string{"Harlan F. Ostrowski"}},
			}},
		{"a short given name joins the formal one", [][]string{{"Walt Brennick"}, {"Walter Brennick"}, {"Walter Brennick"}},
			[]entity{{"Walter Brennick", 3, []string{"Walt Brennick", "Walter Brennick"}}}},
		{"a short given name with a middle joins through its short form", [][]string{{"Walt R. Brennick"}, {"Walt Brennick"}, {"Walter Brennick"}},
			[]entity{{"Walt Brennick", 3, []string{"Walt R. Brennick", "Walt Brennick", "Walter Brennick"}}}},
		{"a short given name joins no formal one of the other sex", [][]string{{"Chris Brennick#host/m"}, {"Chris Brennick#host/m"}, {"Christine Brennick#pollster/f"}},
			[]entity{{"Chris Brennick", 2, nil}, {"Christine Brennick", 1, nil}}},
		{"a short form of two formal names counted joins neither", [][]string{{"Ted Brennick"}, {"Edward Brennick"}, {"Theodore Brennick"}},
			[]entity{
				{"Ted Brennick", 1, []string{"Ted Brennick"}},
				{"Edward Brennick", 1, []string{"Edward Brennick"}},
				{"Theodore Brennick", 1, []string{"Theodore Brennick"}},
			}},
		{"or the one of its role", [][]string{{"Ted Brennick#Judge"}, {"Edward Brennick#Judge"}, {"Theodore Brennick#Senator"}},
			[]entity{{"Ted Brennick", 2, []string{"Ted Brennick", "Edward Brennick"}}, {"Theodore Brennick", 1, nil}}},
		{"a short given name joins the formal one of its surname that nearly all articles use", slices.Concat(repeat(1, "Ted Brennick"), repeat(10, "Edward Brennick"), repeat(1, "Theodore Brennick")),
			[]entity{{"Edward Brennick", 11, []string{"Ted Brennick", "Edward Brennick"}}, {"Theodore Brennick", 1, nil}}},
		{"a middle initial joins no name of another well attested role", slices.Concat(repeat(12, "Harlan J. Ostrowski#President"), repeat(12, "Harlan Ostrowski#Senator")),
			[]entity{{"Harlan J. Ostrowski", 12, nil}, {"Harlan Ostrowski", 12, nil}}},
		{"but one whose articles give its role too", slices.Concat(repeat(12, "Harlan J. Ostrowski#President"), repeat(9, "Harlan Ostrowski#Senator"), repeat(3, "Harlan Ostrowski#President")),
			[]entity{{"Harlan Ostrowski", 24, []string{"Harlan J. Ostrowski", "Harlan Ostrowski"}}}},
		{"or a role too few articles give", slices.Concat(repeat(9, "Harlan J. Ostrowski#President"), repeat(12, "Harlan Ostrowski#Senator")),
			[]entity{{"Harlan Ostrowski", 21, []string{"Harlan J. Ostrowski", "Harlan Ostrowski"}}}},
		{"the bare surname of a patronymic is the father's", [][]string{{"Faisal bin Tariq"}, {"Faisal bin Tariq"}, {"King Tariq"}},
			[]entity{{"Faisal bin Tariq", 2, []string{"Faisal bin Tariq"}}, {"King Tariq", 1, []string{"King Tariq", "Tariq"}}}},
		// two spellings of a name (variant.go)
		{"two spellings of a surname with the same role join, and the bare surname with them", [][]string{
			{"Oleksiy Khmelnytskiy#President"}, {"Oleksiy Khmelnytskiy#President"}, {"Oleksiy Khmelnytsky#President"}, {"Khmelnytsky"},
		}, []entity{{"Oleksiy Khmelnytskiy", 4, []string{"Oleksiy Khmelnytskiy", "Oleksiy Khmelnytsky", "Khmelnytsky", "President Khmelnytsky"}}}},
		{"two spellings of a given name", [][]string{{"Sergey Tkachenko#Ambassador"}, {"Sergey Tkachenko#Ambassador"}, {"Sergei Tkachenko#Ambassador"}},
			[]entity{{"Sergey Tkachenko", 3, []string{"Sergey Tkachenko", "Sergei Tkachenko"}}}},
		{"and an article naming both counts once", [][]string{
			{"Oleksiy Khmelnytskiy#President", "Oleksiy Khmelnytsky#President"}, {"Oleksiy Khmelnytskiy#President"}, {"Oleksiy Khmelnytsky#President"},
		}, []entity{{"Oleksiy Khmelnytsky", 3, []string{"Oleksiy Khmelnytskiy", "Oleksiy Khmelnytsky"}}}},
		{"but two spellings of other sexes stay apart", [][]string{{"Marisol Fenwicke#Senator/f"}, {"Marisol Fenwicke#Senator/f"}, {"Marisal Fenwicke#Senator/m"}},
			[]entity{{"Marisol Fenwicke", 2, nil}, {"Marisal Fenwicke", 1, nil}}},
		{"nor two of other roles", [][]string{{"Darnell Steel#spokesman"}, {"Darnell Steel#spokesman"}, {"Darnell Steele#Chairman"}},
			[]entity{{"Darnell Steel", 2, nil}, {"Darnell Steele", 1, nil}}},
		{"but one the other gives in a tenth of its articles with a role", slices.Concat(repeat(9, "Darnell Steele#spokesman"), repeat(1, "Darnell Steele#Press Secretary"), repeat(1, "Darnell Steel#Press Secretary")),
			[]entity{{"Darnell Steele", 11, []string{"Darnell Steele", "Darnell Steel"}}}},
		{"nor two of other first letters", [][]string{{"Tobias Prowse#Representative"}, {"Tobias Prowse#Representative"}, {"Tobias Rowse#Representative"}},
			[]entity{{"Tobias Prowse", 2, nil}, {"Tobias Rowse", 1, nil}}},
		{"and a name of three words", [][]string{{"Marisol Quenby Fenwicke#Senator"}, {"Marisol Quenby Fenwicke#Senator"}, {"Marisol Quenby Fenwick#Senator"}},
			[]entity{{"Marisol Quenby Fenwicke", 3, []string{"Marisol Quenby Fenwicke", "Marisol Quenby Fenwick"}}}},
		{"a slip without a role joins a name ten times as common", slices.Concat(repeat(10, "Marisol Fenwicke#Senator"), repeat(1, "Marisol Fenwick")),
			[]entity{{"Marisol Fenwicke", 11, []string{"Marisol Fenwicke", "Marisol Fenwick"}}}},
		{"and a possessive the extractor kept", slices.Concat(repeat(10, "Marisol Fenwicke#Senator"), repeat(1, "Marisol Fenwickes")),
			[]entity{{"Marisol Fenwicke", 11, []string{"Marisol Fenwicke", "Marisol Fenwickes"}}}},
		{"but not one nine times as common", slices.Concat(repeat(9, "Marisol Fenwicke#Senator"), repeat(1, "Marisol Fenwick")),
			[]entity{{"Marisol Fenwicke", 9, nil}, {"Marisol Fenwick", 1, nil}}},
		{"nor a short given name a letter off", slices.Concat(repeat(10, "Mitt Fenwicke#Senator"), repeat(1, "Matt Fenwicke")),
			[]entity{{"Mitt Fenwicke", 10, nil}, {"Matt Fenwicke", 1, nil}}},
		{"nor two letters off without a role in a short surname", slices.Concat(repeat(10, "Marisol Fenwicke#Senator"), repeat(1, "Marisol Fanwik")),
			[]entity{{"Marisol Fenwicke", 10, nil}, {"Marisol Fanwik", 1, nil}}},
		{"but in a long one", slices.Concat(repeat(10, "Marisol Fenwickerton#Senator"), repeat(1, "Marisol Fennwickertan")),
			[]entity{{"Marisol Fenwickerton", 11, []string{"Marisol Fenwickerton", "Marisol Fennwickertan"}}}},
		// Harlan has 5 of the 6 articles naming an Ostrowski in full only
		// with his initial counted: the bare surname is his. The article
		// naming the bare surname beside Harlan J. and Delia counts once.
		{"the bare surname of the joined person", [][]string{
			{"Harlan Ostrowski"}, {"Harlan Ostrowski"}, {"Harlan Ostrowski"}, {"Harlan J. Ostrowski"},
			{"Harlan J. Ostrowski", "Delia Ostrowski", "Ostrowski"}, {"Ostrowski"},
		}, []entity{
			{"Harlan Ostrowski", 6, []string{"Harlan Ostrowski", "Harlan J. Ostrowski", "Ostrowski", "Mr. Ostrowski"}},
			{"Delia Ostrowski", 1, []string{"Delia Ostrowski"}},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := NewTable()
			for i, names := range tc.arts {
				var ps []extract.Person
				for _, n := range names {
					// "Name|Alias" gives the person an alias in the article,
					// "Name#Role" a role
					n, role, _ := strings.Cut(n, "#")
					name, alias, ok := strings.Cut(n, "|")
					p := person(n, 1)
					if ok {
						p = person(name, 1, alias)
					}
					// "Name#Role/g" a role and a sex
					p.Role, p.Gender, _ = strings.Cut(role, "/")
					ps = append(ps, p)
				}
				tb.Add(art(fmt.Sprintf("m%d", i), "AP", "2019-03-01", ps))
			}
			// Looked up before the table is resolved (as after loading it),
			// each name is answered from its surname's keys alone.
			lazy := map[string]Person{}
			for _, w := range tc.want {
				for _, n := range w.names {
					p, _ := tb.Lookup(n)
					lazy[n] = p
				}
			}
			people := tb.People()
			if len(people) != len(tc.want) {
				t.Fatalf("%d people, want %d: %+v", len(people), len(tc.want), people)
			}
			for _, w := range tc.want {
				i := slices.IndexFunc(people, func(p Person) bool { return p.Name == w.name })
				if i < 0 {
					t.Fatalf("no %q in %+v", w.name, people)
				}
				if people[i].Articles != w.articles {
					t.Errorf("%s: %d articles, want %d", w.name, people[i].Articles, w.articles)
				}
				for _, n := range w.names {
					if p, ok := tb.Lookup(n); !ok || p.Key != people[i].Key {
						t.Errorf("Lookup(%q) = %q %v, want %q", n, p.Key, ok, people[i].Key)
					}
					if !reflect.DeepEqual(lazy[n], people[i]) {
						t.Errorf("Lookup(%q) before resolving = %+v, want %+v", n, lazy[n], people[i])
					}
					if k := tb.Resolve(n); k != people[i].Key {
						t.Errorf("Resolve(%q) = %q, want %q", n, k, people[i].Key)
					}
				}
			}
		})
	}
}

// repeat is n articles naming name.
func repeat(n int, name string) [][]string {
	out := make([][]string, n)
	for i := range out {
		out[i] = []string{name}
	}
	return out
}

// TestMiddleNameRemoval follows one person as the articles that decide
// a join come and go: the join holds only while the short name is
// counted and no other middle contradicts it.
func TestMiddleNameRemoval(t *testing.T) {
	add := func(tb *Table, id, name string) {
		tb.Add(art(id, "AP", "2019-03-01", []extract.Person{person(name, 1)}))
	}
	entities := func(tb *Table, names ...string) int {
		keys := map[string]bool{}
		for _, n := range names {
			p, ok := tb.Lookup(n)
			if !ok {
				t.Fatalf("Lookup(%q) found nobody", n)
			}
			keys[p.Key] = true
		}
		return len(keys)
	}
	tb := NewTable()
	add(tb, "a", "Harlan J. Ostrowski")
	add(tb, "b", "Harlan Ostrowski")
	if n := entities(tb, "Harlan J. Ostrowski", "Harlan Ostrowski"); n != 1 {
		t.Fatalf("joined: %d entities, want 1", n)
	}
	tb.Remove("b")
	if got := len(tb.People()); got != 1 {
		t.Fatalf("after removing the short name: %d people, want 1", got)
	}
	if p, _ := tb.Lookup("Harlan J. Ostrowski"); p.Key != "harlan j ostrowski" || p.Articles != 1 {
		t.Errorf("after removing the short name: %+v", p)
	}
	if _, ok := tb.Lookup("Harlan Ostrowski"); ok {
		t.Errorf("the removed short name is still found")
	}
	add(tb, "b", "Harlan Ostrowski")
	add(tb, "c", "Harlan K. Ostrowski")
	if n := entities(tb, "Harlan J. Ostrowski", "Harlan K. Ostrowski", "Harlan Ostrowski"); n != 3 {
		t.Errorf("two middles: %d entities, want 3", n)
	}
	tb.Remove("c")
	if n := entities(tb, "Harlan J. Ostrowski", "Harlan Ostrowski"); n != 1 {
		t.Errorf("after removing the other middle: %d entities, want 1", n)
	}
	if p, _ := tb.Lookup("Harlan Ostrowski"); p.Articles != 2 || !slices.Contains(p.Aliases, "Harlan J. Ostrowski") {
		t.Errorf("joined again: %+v", p)
	}
}

// middleArticles name a few people with and without middle names and
// initials, a Jr., the bare surname and a namesake, so that as articles
// come and go joins form, break on a contradicting middle, and move a
// bare surname's dominant person. The first middleDeciders articles
// alone name the short forms and the contradicting middles, so adding
// and removing them makes and breaks joins; up to five "Walter T.
// Brennick"s among about a hundred "Walter R. Brennick"s sit near
// strayShare.
func middleArticles() []Article {
	deciders := [middleDeciders][]string{
		{"Harlan Ostrowski", "Delia Ostrowski"},
		{"Harlan K. Ostrowski", "Walter T. Brennick"},
		{"Delia Ostrowski", "Walter T. Brennick"},
		{"Walter T. Brennick", "Walt R. Brennick"},
		{"Harlan Ostrowski", "Walter Brennick"},
		{"Harlan K. Ostrowski", "Ostrowski"},
		{"Walter Brennick", "Walt Brennick"},
		{"Harlan Ostrowski Jr.", "Walter T. Brennick"},
		{"Walter P. R. Brennick"},
		{"Brennick", "Delia Ostrowski", "Walter T. Brennick"},
		{"Harlan J. Ostrowski Jr.", "Harlan Ostrowski"},
		{"Walt Kowalczyk III", "Walter Kowalczyk"},
		{"Walter M. Kowalczyk"},
		{"Delia Quenby Ostrowski|Delia Ostrowski"},
	}
	names := []string{
		"Harlan J. Ostrowski", "Harlan J. Ostrowski", "Harlan Jerome Ostrowski",
		"Harlan J. Ostrowski Jr.", "Ostrowski", "Delia M. Ostrowski",
		"Walter M. Kowalczyk III", "Walt Kowalczyk", "Kowalczyk", "Walter Kowalczyk Jr.",
		"Delia Quenby Ostrowski",
	}
	rng := rand.New(rand.NewPCG(5, 5))
	var out []Article
	for i := range 160 {
		var ps []extract.Person
		used := map[string]bool{}
		add := func(n string) {
			n, alias, _ := strings.Cut(n, "|")
			if !used[Key(n)] {
				used[Key(n)] = true
				p := person(n, 1+rng.IntN(3))
				if alias != "" {
					p.Aliases = []string{alias}
				}
				ps = append(ps, p)
			}
		}
		if i < middleDeciders {
			for _, n := range deciders[i] {
				add(n)
			}
		} else {
			for range rng.IntN(3) {
				add(names[rng.IntN(len(names))])
			}
			switch r := rng.IntN(20); {
			case r < 2:
				add("Walter Rupert Brennick")
			case r < 13:
				add("Walter R. Brennick")
			}
		}
		out = append(out, art(fmt.Sprintf("mid%03d", i), "AP", "2019-03-01", ps))
	}
	return out
}

// middleDeciders is how many of middleArticles decide its joins.
const middleDeciders = 14
