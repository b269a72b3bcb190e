package index

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// rec is one fixture article as the corpus JSON Lines reader expects it.
type rec struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Author string `json:"author"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Text   string `json:"text"`
}

var fixture = []rec{
	{ID: "a1", Title: "Senate meeting on the budget", Source: "CNN", Author: "Jane Doe", Date: "2017-03-02",
		Text: "The senators held a meeting about the budget. Kislyak was not there."},
	{ID: "a2", Title: "Kislyak talks", Source: "Fox News", Author: "John Smith", Date: "2017-01-15",
		Text: "The Russian ambassador Sergey Kislyak met officials in Washington."},
	{ID: "a3", Title: "Weather report", Source: "BBC", Author: "Jane Roe", Date: "2016-12-01",
		Text: "Rain is expected all week. Meetings were cancelled."},
	{ID: "a4", Title: "Budget deal", Source: "CNN", Author: "Sam Poe", Date: "2017-05-01",
		Text: "Congress passed the budget after many meetings with the ambassador of France."},
}

// writeJSONL writes records as a JSON Lines file and returns its path.
func writeJSONL(t testing.TB, dir, name string, recs []rec) string {
	t.Helper()
	var b []byte
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b = append(append(b, line...), '\n')
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fixtureIndex builds an in-memory index of the fixture articles.
func fixtureIndex(t testing.TB) *Index {
	t.Helper()
	dir := t.TempDir()
	writeJSONL(t, dir, "news.jsonl", fixture)
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Update(context.Background(), []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

// allIDs lists every id in the index, sorted.
func allIDs(t testing.TB, ix *Index) []string {
	t.Helper()
	res, err := ix.Search(context.Background(), "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	return sortedIDs(res)
}

func sortedIDs(res Results) []string {
	ids := []string{}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ids
}
