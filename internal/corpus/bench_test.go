package corpus

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func BenchmarkClean(b *testing.B) {
	raw, err := os.ReadFile("../../data/000_1d55d7acc583357e.txt")
	if err != nil {
		b.Fatal(err)
	}
	// A long article: the seed's paragraphs many times over with a flat copy.
	text := strings.Repeat(string(raw)+"\n\n", 4)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	raw, err := os.ReadFile("../../data/004_3f6968eeb8e8c011.txt")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i := range 200 {
		rec, _ := json.Marshal(map[string]any{"id": i, "title": "T", "source": "CNN", "date": "2017-03-02", "text": string(raw)})
		buf.Write(rec)
		buf.WriteByte('\n')
	}
	input := buf.Bytes()
	b.SetBytes(int64(len(input)))
	for b.Loop() {
		n := 0
		Read("b.jsonl", bytes.NewReader(input), func(Article) { n++ })
		if n != 200 {
			b.Fatalf("read %d", n)
		}
	}
}
