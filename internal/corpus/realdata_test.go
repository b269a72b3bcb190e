package corpus

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestRealCorpora loads the real corpora in ../shared when
// STORYTUI_CORPORA=1 is set (they are large and slow for a normal run)
// and checks that no article is lost.
func TestRealCorpora(t *testing.T) {
	if os.Getenv("STORYTUI_CORPORA") == "" || testing.Short() {
		t.Skip("set STORYTUI_CORPORA=1 to load ../shared/corpus and ../shared/eval")
	}
	shared := "../../../shared"
	if s := os.Getenv("STORYTUI_SHARED"); s != "" {
		shared = s
	}
	tests := []struct {
		file string
		want int
	}{
		{"eval/dev/articles.jsonl", 14},
		{"eval/polnear-dev/articles.jsonl", 84},
		{"corpus/stories-basil.jsonl", 282},
		{"corpus/allsides-10k.jsonl.gz", 9980},
		{"corpus/news-60k.jsonl.gz", 58621},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			path := filepath.Join(shared, tt.file)
			if _, err := os.Stat(path); err != nil {
				t.Skip(err)
			}
			start := time.Now()
			n, size := 0, 0
			probs := ReadFile(path, func(a Article) { n++; size += len(a.Text) })
			t.Logf("%s: %d articles, %.1f MB of cleaned text, %d problems in %v", tt.file, n, float64(size)/1e6, len(probs), time.Since(start).Round(time.Millisecond))
			if n != tt.want || len(probs) != 0 {
				t.Errorf("loaded %d of %d; problems %v", n, tt.want, probs)
			}
		})
	}
}

// BenchmarkCleanReal cleans the raw texts of the first 2,000 AllSides
// articles (STORYTUI_CORPORA=1 only).
func BenchmarkCleanReal(b *testing.B) {
	if os.Getenv("STORYTUI_CORPORA") == "" {
		b.Skip("set STORYTUI_CORPORA=1")
	}
	f, err := os.Open("../../../shared/corpus/allsides-10k.jsonl.gz")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	dec := json.NewDecoder(zr)
	var texts []string
	size := 0
	for len(texts) < 2000 {
		var r struct{ Text string }
		if dec.Decode(&r) != nil {
			break
		}
		texts = append(texts, r.Text)
		size += len(r.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
