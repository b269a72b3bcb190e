package stories

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestEvalBASIL scores Group on the labelled BASIL stories. It reads a
// shared corpus file, so it runs only with STORYTUI_EVAL=1; the fuller
// report (sweeps, distractors, timing) is internal/evalstories.
func TestEvalBASIL(t *testing.T) {
	if os.Getenv("STORYTUI_EVAL") != "1" {
		t.Skip("set STORYTUI_EVAL=1 to score on /work/shared/corpus/stories-basil.jsonl")
	}
	path := os.Getenv("STORYTUI_BASIL")
	if path == "" {
		path = "/work/shared/corpus/stories-basil.jsonl"
	}
	docs, truth := loadLabelled(t, path)
	byID := Labels(Group(docs))
	pred := make([]string, len(docs))
	for i, d := range docs {
		pred[i] = byID[d.ID]
	}
	s := Evaluate(pred, truth)
	t.Logf("%d articles: B-cubed P %.3f R %.3f F1 %.3f, ARI %.3f", len(docs), s.Precision, s.Recall, s.F1, s.ARI)
	if s.F1 < 0.85 {
		t.Errorf("B-cubed F1 %.3f < 0.85", s.F1)
	}
}

func loadLabelled(t *testing.T, path string) ([]Doc, []string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []Doc
	var truth []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ ID, Title, Source, Date, Text, Story string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, len(docs)+1, err)
		}
		d, _ := time.Parse("2006-01-02", r.Date)
		docs = append(docs, Doc{ID: r.ID, Title: r.Title, Text: r.Text, Source: r.Source, Date: d})
		truth = append(truth, r.Story)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, truth
}
