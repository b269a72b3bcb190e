package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"storytui/internal/corpus"
	"storytui/internal/index"
)

// fakeBackend is a small in-memory Backend: OR search over lower-cased
// words, marks on every occurrence, a fixed query time so goldens are
// stable.
type fakeBackend struct {
	articles []corpus.Article

	mu         sync.Mutex
	searches   []string     // queries searched, in order
	docs       []string     // ids fetched, in order
	canceled   int          // searches that found their context canceled
	searchErr  error        // returned by every search when set
	storiesErr error        // returned by every stories call when set
	calls      []string     // people, quotes, reactions and person calls, in order
	sample     index.Sample // returned with every people, quotes and reactions list
}

func day(d int) time.Time { return time.Date(2017, 3, d, 0, 0, 0, 0, time.UTC) }

func newFake() *fakeBackend {
	return &fakeBackend{articles: []corpus.Article{
		{
			ID: "a1", Title: "Sessions recuses himself from Russia inquiry", Source: "Example Times",
			Author: "Jane Roe", Date: day(2), URL: "https://example.com/sessions-recuses",
			Text: "Attorney General Jeff Sessions said on Thursday that he would recuse himself from any investigation into Russian interference in the election.\n\n" +
				"\"I have now decided to recuse myself,\" Sessions told reporters at the Justice Department. Democrats said the recusal did not go far enough and called for a special prosecutor.\n\n" +
				"Senator Al Franken, who questioned Sessions during his confirmation hearing, said the attorney general should return to the committee to explain his testimony about contacts with the Russian ambassador.\n\n" +
				"Republicans were divided. Some praised Sessions for stepping aside, while others said the controversy was overblown and that the meetings were part of his work as a senator.",
		},
		{
			ID: "a2", Title: "Democrats demand resignation over Russia contacts", Source: "Daily Ledger",
			Author: "John Doe", Date: day(3), URL: "https://example.com/democrats-demand",
			Text: "House Minority Leader Nancy Pelosi called on Sessions to resign, saying he had lied under oath about his meetings with the Russian ambassador.\n\n" +
				"\"He is not fit to serve as the top law enforcement officer of our country and must resign,\" Pelosi said in a statement.",
		},
		{
			ID: "a3", Title: "Markets rally as oil prices climb", Source: "Business Wire Fake",
			Date: day(1), URL: "https://example.com/markets",
			Text: "Stocks rose on Wednesday as oil prices climbed for a third straight day, lifting energy shares.\n\nAnalysts said the rally could continue.",
		},
		{
			ID: "a4", Title: "Weather: snow expected this weekend", Source: "Local News",
			DateText: "sometime in March",
			Text:     "Forecasters expect up to six inches of snow across the region on Saturday.",
		},
	}}
}

// terms splits a query into lower-cased words, ignoring syntax.
func terms(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return r == ' ' || r == '"' || r == '+' || r == '-' || r == ':'
	})
}

// findAll locates every occurrence of the terms in s (ASCII texts only).
func findAll(s string, ts []string) []index.Span {
	low := strings.ToLower(s)
	var out []index.Span
	for _, t := range ts {
		for i := 0; ; {
			j := strings.Index(low[i:], t)
			if j < 0 {
				break
			}
			out = append(out, index.Span{Start: i + j, End: i + j + len(t)})
			i += j + len(t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func (f *fakeBackend) Search(ctx context.Context, q string, limit int) (index.Results, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.searches = append(f.searches, q)
	if err := ctx.Err(); err != nil {
		f.canceled++
		return index.Results{}, err
	}
	if f.searchErr != nil {
		return index.Results{}, f.searchErr
	}
	story, q := splitStory(q)
	ts := f.nearTerms(terms(q))
	type scored struct {
		a corpus.Article
		n int
	}
	var found []scored
	for _, a := range f.articles {
		if story != "" && fakeStoryOf(a.ID) != story {
			continue
		}
		n := len(findAll(a.Title, ts)) + len(findAll(a.Text, ts))
		if len(ts) == 0 || n > 0 {
			found = append(found, scored{a, n})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].n != found[j].n {
			return found[i].n > found[j].n
		}
		return found[i].a.Date.After(found[j].a.Date)
	})
	res := index.Results{Query: q, Total: uint64(len(found)), Took: 3 * time.Millisecond}
	for _, s := range found[:min(len(found), limit)] {
		a := s.a
		snip, marks := snippet(a.Text, ts)
		res.Hits = append(res.Hits, index.Hit{
			ID: a.ID, Title: a.Title, Source: a.Source, Author: a.Author, Date: a.Date, DateText: a.DateText,
			URL: a.URL, Score: float64(s.n), Snippet: snip, SnippetMarks: marks, TitleMarks: findAll(a.Title, ts),
		})
	}
	return res, nil
}

// snippet cuts about 150 bytes of text around the first match.
func snippet(text string, ts []string) (string, []index.Span) {
	start := 0
	if m := findAll(text, ts); len(m) > 0 {
		start = max(m[0].Start-40, 0)
		if k := strings.LastIndexByte(text[:start], ' '); k >= 0 && start > 0 {
			start = k + 1
		}
	}
	end := min(start+150, len(text))
	if k := strings.LastIndexByte(text[start:end], ' '); k > 0 && end < len(text) {
		end = start + k
	}
	s := text[start:end]
	return s, findAll(s, ts)
}

func (f *fakeBackend) Document(ctx context.Context, id, q string) (index.Document, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.docs = append(f.docs, id)
	for _, a := range f.articles {
		if a.ID == id {
			ts := terms(q)
			ex, _ := extractOf(a)
			return index.Document{Article: a, Extract: ex, TextMarks: findAll(a.Text, ts), TitleMarks: findAll(a.Title, ts)}, nil
		}
	}
	return index.Document{}, fmt.Errorf("no article %q", id)
}

// nearTerms replaces each term ending in "~" by the words of the
// articles at most one letter from it, as the index's fuzzy terms do.
func (f *fakeBackend) nearTerms(ts []string) []string {
	var out []string
	for _, t := range ts {
		w, ok := strings.CutSuffix(t, "~")
		if !ok {
			out = append(out, t)
			continue
		}
		seen := map[string]bool{}
		for _, a := range f.articles {
			for _, word := range terms(a.Title + " " + a.Text) {
				word = strings.Trim(word, ".,;!?'()")
				if !seen[word] && editDistance(w, word) <= 1 {
					seen[word] = true
					out = append(out, word)
				}
			}
		}
		if len(seen) == 0 {
			out = append(out, t) // matches nothing
		}
	}
	return out
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
