package stories

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"storytui/internal/corpus"
)

// TestLargestStories prints the largest stories of a real corpus, for
// looking at what grouping gets wrong at scale. It reads a shared corpus
// file, so it runs only with STORYTUI_LARGEST set to a .jsonl.gz path;
// STORYTUI_LARGEST_N caps the articles read and STORYTUI_LARGEST_TOP the
// stories shown.
func TestLargestStories(t *testing.T) {
	path := os.Getenv("STORYTUI_LARGEST")
	if path == "" {
		t.Skip("set STORYTUI_LARGEST to a .jsonl.gz corpus to list its largest stories")
	}
	limit, _ := strconv.Atoi(os.Getenv("STORYTUI_LARGEST_N"))
	top, _ := strconv.Atoi(os.Getenv("STORYTUI_LARGEST_TOP"))
	if top <= 0 {
		top = 20
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	var docs []Doc
	byID := map[string]Doc{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && (limit <= 0 || len(docs) < limit) {
		var r struct{ ID, Title, Source, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			continue
		}
		d, _ := corpus.ParseDate(r.Date) // as the index reads it
		doc := opt.Trim(Doc{ID: r.ID, Title: r.Title, Text: r.Text, Source: r.Source, Date: d})
		docs = append(docs, doc)
		byID[doc.ID] = doc
	}
	start := time.Now()
	ss := Group(docs)
	t.Logf("%d articles, %d stories, grouped in %v", len(docs), len(ss), time.Since(start))
	// How much is grouped at all, dated and undated apart, and how many
	// stories more than one outlet told: a rule that only splits shows
	// here as well as in the largest stories.
	var inStories [2]int
	datedIn := 0
	var multi, multiOutlet [2]int
	for _, s := range ss {
		k := 0
		if byID[s.Members[0]].Date.IsZero() {
			k = 1 // members are oldest first, undated last
		}
		if len(s.Members) < 2 {
			continue
		}
		multi[k]++
		inStories[k] += len(s.Members)
		srcs := map[string]bool{}
		for _, m := range s.Members {
			srcs[byID[m].Source] = true
			if !byID[m].Date.IsZero() {
				datedIn++
			}
		}
		if len(srcs) > 1 {
			multiOutlet[k]++
		}
	}
	t.Logf("stories of 2+ starting dated: %d (%d articles, %d with 2+ outlets); all undated: %d (%d articles, %d with 2+ outlets)",
		multi[0], inStories[0], multiOutlet[0], multi[1], inStories[1], multiOutlet[1])
	t.Logf("dated articles in stories of 2+: %d", datedIn)
	for i, s := range ss {
		if i >= top || len(s.Members) < 2 {
			break
		}
		first, last := "", ""
		undated := 0
		srcs := map[string]bool{}
		for _, m := range s.Members {
			d := byID[m]
			srcs[d.Source] = true
			if d.Date.IsZero() {
				undated++
				continue
			}
			if first == "" {
				first = d.Date.Format("2006-01-02")
			}
			last = d.Date.Format("2006-01-02")
		}
		t.Logf("#%d %d articles, %d outlets, %s..%s, %d undated: %s", i+1, len(s.Members), len(srcs), first, last, undated, s.Title)
		for j, m := range s.Members {
			if j >= 4 {
				break
			}
			t.Logf("      %s | %s", byID[m].Source, byID[m].Title)
		}
	}
}
