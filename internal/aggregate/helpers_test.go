package aggregate

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"storytui/data"
	"storytui/internal/corpus"
	"storytui/internal/extract"
)

// seedArticles loads and extracts the default corpus, as the index does.
func seedArticles(t testing.TB) []Article {
	t.Helper()
	var arts []Article
	probs := corpus.ReadFS(data.FS, func(a corpus.Article) {
		arts = append(arts, Article{
			ID: a.ID, Title: a.Title, Outlet: a.Source, DateText: a.DateText, URL: a.URL,
			Text: a.Text, Date: a.Date,
			Result: extract.Extract(extract.Doc{Title: a.Title, Text: a.Text, Source: a.Source}),
		})
	})
	if len(arts) != 2 {
		t.Fatalf("default corpus: %d articles, problems %v", len(arts), probs)
	}
	return arts
}

// person is a shorthand for an extracted person.
func person(name string, mentions int, aliases ...string) extract.Person {
	return extract.Person{Name: name, Aliases: aliases, Mentions: mentions}
}

// art builds an article whose text holds its quotes, so offsets and
// contexts are real. Each quote is {speaker, text}.
func art(id, outlet, date string, people []extract.Person, quotes ...[2]string) Article {
	a := Article{ID: id, Title: "Title " + id, Outlet: outlet, DateText: date, Result: extract.Result{People: people}}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			panic(err)
		}
		a.Date = d
	}
	text := "Lead paragraph of " + id + "."
	for _, q := range quotes {
		text += "\n\n"
		start := len(text) + 1
		text += "\"" + q[1] + "\" " + q[0] + " said."
		a.Result.Quotes = append(a.Result.Quotes, extract.Quote{Text: q[1], Speaker: q[0], Kind: "direct", Start: start, End: start + len(q[1])})
	}
	a.Text = text
	return a
}

// genArticles makes n articles naming people of a fixed population in
// the ways news does: full names, bare surnames, titles, two people
// sharing a surname, a Jr., quotes repeated across outlets.
func genArticles(n int, seed uint64) []Article {
	rng := rand.New(rand.NewPCG(seed, 1))
	givens := []string{"Jeff", "Nancy", "Al", "Chuck", "Elijah", "Rob", "Kevin", "Sarah", "Dmitri", "Ben", "Maria", "José"}
	surnames := []string{"Sessions", "Pelosi", "Franken", "Schumer", "Cummings", "Portman", "McCarthy", "Flores", "Peskov", "Cardin", "Martínez", "Kelly"}
	roles := []string{"", "", "Senator", "Representative", "spokeswoman", "Attorney General"}
	parties := []string{"", "Democrat", "Republican"}
	outlets := []string{"CNN", "ABC News", "Reuters", "AP"}
	statements := []string{
		"I never met with any Russian officials to discuss issues of the campaign",
		"I have no idea what this allegation is about and it is false",
		"there is no longer any question that we need a truly independent commission",
		"we will get to the bottom of this whatever it takes and however long",
		"the top cop in our country lied under oath and should resign",
	}
	var pop []string
	for i := range 400 {
		pop = append(pop, givens[i%len(givens)]+" "+surnames[(i/len(givens))%len(surnames)]+suffix(i))
	}
	pop = append(pop, "Donald Trump", "Donald Trump Jr.", "Mark Kelly", "Scott Kelly")
	arts := make([]Article, n)
	for i := range arts {
		var people []extract.Person
		var quotes [][2]string
		used := map[string]bool{}
		for range 3 + rng.IntN(12) {
			full := pop[rng.IntN(len(pop))]
			name := full
			switch rng.IntN(10) {
			case 0:
				name = strings.Fields(full)[1] // bare surname
			case 1:
				name = "Sen. " + full
			}
			if used[Key(name)] {
				continue
			}
			used[Key(name)] = true
			p := person(name, 1+rng.IntN(6), strings.Fields(full)[1])
			p.Role = roles[rng.IntN(len(roles))]
			p.Party = parties[rng.IntN(len(parties))]
			people = append(people, p)
			if rng.IntN(3) == 0 {
				s := statements[rng.IntN(len(statements))]
				if rng.IntN(4) == 0 {
					s = strings.Replace(s, "the", "that", 1)
				}
				quotes = append(quotes, [2]string{name, s})
			}
		}
		date := time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(365)).Format("2006-01-02")
		arts[i] = art(fmt.Sprintf("a%05d", i), outlets[rng.IntN(len(outlets))], date, people, quotes...)
	}
	return arts
}

func suffix(i int) string {
	if i%97 == 5 {
		return " Jr."
	}
	return ""
}
