package corpus

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

const body = "The senator said on Tuesday that the bill would pass. Critics disagreed."

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		input     string
		wantIDs   string   // ids of the loaded articles, in order
		wantLines []int    // Article.Line of each, in order
		wantProbs []string // Problem lines
		check     func(t *testing.T, arts []Article)
	}{
		{
			name:      "jsonl",
			file:      "a.jsonl",
			input:     `{"id":"a1","title":"T1","text":"` + body + `","source":"CNN","date":"2017-03-02"}` + "\n\n" + `{"id":"a2","content":"` + body + `","publication":"Reuters"}` + "\n",
			wantIDs:   "a1,a2",
			wantLines: []int{1, 3},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Source != "CNN" || arts[1].Source != "Reuters" || arts[0].Date.IsZero() || arts[0].DateText != "2017-03-02" {
					t.Errorf("fields: %+v", arts)
				}
				if arts[1].Title != "The senator said on Tuesday that the bill would pass." {
					t.Errorf("title from first sentence: %q", arts[1].Title)
				}
			},
		},
		{
			name:    "ndjson with body, outlet, numeric id, author list and unknown fields",
			file:    "a.ndjson",
			input:   `{"id":17,"body":"` + body + `","outlet":"AP","author":["A B","C D"],"extra":{"x":1}}` + "\n",
			wantIDs: "17", wantLines: []int{1},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Author != "A B, C D" || arts[0].Source != "AP" {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name:    "missing id gets a stable content hash",
			file:    "a.jsonl",
			input:   `{"title":"T","text":"` + body + `"}` + "\n",
			wantIDs: contentID("T", body), wantLines: []int{1},
		},
		{
			name:    "json single object",
			file:    "a.json",
			input:   "{\n  \"id\": \"one\",\n  \"text\": \"" + body + "\"\n}\n",
			wantIDs: "one", wantLines: []int{1},
		},
		{
			name:    "json array, element lines",
			file:    "a.json",
			input:   "[\n  {\"id\": \"x\", \"text\": \"" + body + "\"},\n  {\n    \"id\": \"y\",\n    \"text\": \"" + body + "\"\n  }\n]\n",
			wantIDs: "x,y", wantLines: []int{2, 3},
		},
		{
			name:    "json array on one line",
			file:    "a.json",
			input:   `[{"id":"x","text":"` + body + `"},{"id":"y","text":"` + body + `"}]`,
			wantIDs: "x,y", wantLines: []int{1, 1},
		},
		{
			name:    "csv with header and embedded newline",
			file:    "a.csv",
			input:   "id,title,source,text\nc1,Title one,CNN,\"First paragraph here.\n\nSecond paragraph here.\"\nc2,Title two,,\"" + body + "\"\n",
			wantIDs: "c1,c2", wantLines: []int{2, 5},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Text != "First paragraph here.\n\nSecond paragraph here." {
					t.Errorf("text %q", arts[0].Text)
				}
			},
		},
		{
			name:    "all the news columns with an unnamed index column",
			file:    "articles1.csv",
			input:   ",id,title,publication,author,date,year,month,url,content\n0,17283,House Republicans Fret,New York Times,Carl Hulse,2016-12-31,2016.0,12.0,,\"" + body + "\"\n",
			wantIDs: "17283", wantLines: []int{2},
			check: func(t *testing.T, arts []Article) {
				a := arts[0]
				if a.Source != "New York Times" || a.Author != "Carl Hulse" || a.Title != "House Republicans Fret" || a.Date.Year() != 2016 {
					t.Errorf("got %+v", a)
				}
			},
		},
		{
			name:    "tsv",
			file:    "a.tsv",
			input:   "id\ttitle\tbody\nt1\tA title\t" + body + "\n",
			wantIDs: "t1", wantLines: []int{2},
		},
		{
			name:    "txt: headline line, id from the file name",
			file:    "dir/story-1.txt",
			input:   "A headline without a period\n\n" + body + "\n",
			wantIDs: "story-1", wantLines: []int{0},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Title != "A headline without a period" || arts[0].Text != body {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name:    "txt: no headline, title is the first sentence",
			file:    "s.txt",
			input:   body + "\n",
			wantIDs: "s", wantLines: []int{0},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Title != "The senator said on Tuesday that the bill would pass." || arts[0].Text != body {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name:    "json news API wrapper with nested source",
			file:    "api.json",
			input:   `{"status":"ok","totalResults":2,"articles":[{"source":{"id":"cnn","name":"CNN"},"title":"T","publishedAt":"2017-03-02T10:00:00Z","content":"` + body + `"},{"title":"U","content":"` + body + `"}]}`,
			wantIDs: contentID("T", body) + "," + contentID("U", body), wantLines: []int{1, 1},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Source != "CNN" || arts[0].Date.Hour() != 10 {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name:    "md syntax stripped",
			file:    "m.md",
			input:   "## Big news today\n\n> The **senator** said on [Tuesday](http://x.test/a) that the bill would pass.\n\n![photo](p.jpg)\n",
			wantIDs: "m", wantLines: []int{0},
			check: func(t *testing.T, arts []Article) {
				if arts[0].Title != "Big news today" || arts[0].Text != "The senator said on Tuesday that the bill would pass." {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name:    "md with front matter and # headline",
			file:    "n.md",
			input:   "---\nsource: Reuters\ndate: March 2, 2017\n---\n# The headline\n\n" + body + "\n",
			wantIDs: "n", wantLines: []int{0},
			check: func(t *testing.T, arts []Article) {
				a := arts[0]
				if a.Title != "The headline" || a.Source != "Reuters" || a.Date.Day() != 2 || a.Text != body {
					t.Errorf("got %+v", a)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, gz := range []bool{false, true} {
				name, input := tt.file, []byte(tt.input)
				if gz {
					name, input = name+".gz", gzipBytes(t, input)
				}
				arts, probs := readAll(t, name, input)
				if got := ids(arts); got != tt.wantIDs {
					t.Fatalf("gz=%v ids = %q, want %q (problems %v)", gz, got, tt.wantIDs, probs)
				}
				var lines []int
				for _, a := range arts {
					lines = append(lines, a.Line)
					if a.File != name {
						t.Errorf("File = %q, want %q", a.File, name)
					}
				}
				if !slices.Equal(lines, tt.wantLines) {
					t.Errorf("gz=%v lines = %v, want %v", gz, lines, tt.wantLines)
				}
				if got := problemLines(probs); !slices.Equal(got, tt.wantProbs) && !(len(got) == 0 && len(tt.wantProbs) == 0) {
					t.Errorf("gz=%v problems = %v, want lines %v", gz, probs, tt.wantProbs)
				}
				if tt.check != nil {
					tt.check(t, arts)
				}
			}
		})
	}
}

func TestReadBadInput(t *testing.T) {
	rec := func(id string) string { return `{"id":"` + id + `","text":"` + body + `"}` + "\n" }
	cp1252 := []byte("id,text\nw1,\"Caf\xe9 owners said the \x93new\x94 rules hurt.\"\n")
	mixed := []byte(rec("m1") + `{"id":"m2","text":"Caf` + "\xe9" + ` and caf` + "\u00e9" + ` are both here."}` + "\n")
	bigText := strings.Repeat("word ", 2<<20) // 10 MB on one line
	gzFull := gzipBytes(t, []byte(rec("g1")+rec("g2")+strings.Repeat(rec("g3"), 2000)))
	tests := []struct {
		name      string
		file      string
		input     []byte
		wantN     int
		wantProbs []string // "line" of each problem
		reason    string   // substring of the first problem's reason
		check     func(t *testing.T, arts []Article)
	}{
		{name: "empty file", file: "e.jsonl", input: nil, wantN: 0, wantProbs: []string{"0"}, reason: "empty"},
		{name: "empty txt", file: "e.txt", input: []byte("  \n\n"), wantN: 0, wantProbs: []string{"0"}, reason: "empty"},
		{name: "binary", file: "b.txt", input: []byte("PK\x03\x04\x00\x00junk"), wantN: 0, wantProbs: []string{"0"}, reason: "binary"},
		{name: "binary jsonl", file: "b.jsonl", input: append([]byte(rec("x")), 0, 1, 2), wantN: 0, wantProbs: []string{"0"}, reason: "binary"},
		{name: "malformed json line", file: "m.jsonl", input: []byte(rec("a") + "{\"id\":\"b\",\"text\": oops}\n" + rec("c")), wantN: 2, wantProbs: []string{"2"}, reason: "malformed"},
		{name: "json line not an object", file: "m.jsonl", input: []byte(rec("a") + "[1,2]\n"), wantN: 1, wantProbs: []string{"2"}, reason: "object"},
		{name: "empty text record", file: "m.jsonl", input: []byte(rec("a") + `{"id":"b","text":"  "}` + "\n" + rec("c")), wantN: 2, wantProbs: []string{"2"}, reason: "empty text"},
		{name: "furniture-only record", file: "m.jsonl", input: []byte(`{"id":"b","text":"Advertisement\n\nShares"}` + "\n" + rec("c")), wantN: 1, wantProbs: []string{"1"}, reason: "furniture"},
		{name: "windows-1252 csv", file: "w.csv", input: cp1252, wantN: 1, wantProbs: []string{"2"}, reason: "Windows-1252",
			check: func(t *testing.T, arts []Article) {
				if arts[0].Text != "Café owners said the “new” rules hurt." {
					t.Errorf("text %q", arts[0].Text)
				}
			}},
		{name: "stray bad byte in utf-8 jsonl", file: "x.jsonl", input: mixed, wantN: 2, wantProbs: []string{"2"}, reason: "replaced",
			check: func(t *testing.T, arts []Article) {
				if !strings.Contains(arts[1].Text, "Caf\uFFFD and café") {
					t.Errorf("text %q", arts[1].Text)
				}
			}},
		{name: "invalid utf-8 reported once", file: "x.jsonl", input: []byte(rec("a") + `{"id":"b","text":"bad ` + "\xff" + ` one"}` + "\n" + `{"id":"c","text":"bad ` + "\xfe" + ` two"}` + "\n"), wantN: 3, wantProbs: []string{"2"}, reason: "UTF-8"},
		{name: "utf-16 le with bom", file: "u.txt", input: utf16LE("Headline here\n\n" + body + " Café.\n"), wantN: 1,
			check: func(t *testing.T, arts []Article) {
				if arts[0].Title != "Headline here" || !strings.HasSuffix(arts[0].Text, "Café.") {
					t.Errorf("got %+v", arts[0])
				}
			}},
		{name: "utf-16 be with bom", file: "u.jsonl", input: utf16BE(rec("be1") + rec("be2")), wantN: 2},
		{name: "utf-8 bom", file: "u.csv", input: append([]byte{0xef, 0xbb, 0xbf}, "id,text\nb1,"+body+"\n"...), wantN: 1,
			check: func(t *testing.T, arts []Article) {
				if arts[0].ID != "b1" {
					t.Errorf("id %q: BOM leaked into the header", arts[0].ID)
				}
			}},
		{name: "csv short row", file: "s.csv", input: []byte("id,title,text\nr1,T," + body + "\nr2,T\nr3,T," + body + "\n"), wantN: 2, wantProbs: []string{"3"}, reason: "short row"},
		{name: "csv broken quote swallowing rows", file: "q.csv", input: []byte("id,title,text\n1,T,\"" + body + "\"\n2,T,\"broken quote " + body + "\n3,T,\"" + body + "\"\n4,T," + body + "\n"), wantN: 3, wantProbs: []string{"3"}, reason: "quot"},
		{name: "csv broken quote at the end", file: "q.csv", input: []byte("id,title,text\n1,T," + body + "\n2,T,\"never closed\nmore text\n"), wantN: 1, wantProbs: []string{"3"}, reason: "quot"},
		{name: "csv without text column", file: "n.csv", input: []byte("id,title\n1,T\n"), wantN: 0, wantProbs: []string{"1"}, reason: "text column"},
		{name: "json array with one bad element", file: "a.json", input: []byte("[\n" + `{"id":"a","text":"` + body + `"},` + "\n" + `{"id":"b","text": nope},` + "\n" + `{"id":"c","text":"` + body + `"}` + "\n]\n"), wantN: 2, wantProbs: []string{"3"}, reason: "malformed"},
		{name: "json array with unterminated string", file: "a.json", input: []byte("[\n" + `{"id":"a","text":"` + body + `"},` + "\n" + `{"id":"b","text":"never closed},` + "\n" + `{"id":"c","text":"` + body + `"}` + "\n]\n"), wantN: 2, wantProbs: []string{"3"}, reason: "string not closed"},
		{name: "json array with unclosed object", file: "a.json", input: []byte("[\n" + `{"id":"a","text":"` + body + `",` + "\n" + `{"id":"c","text":"` + body + `"}` + "\n]\n"), wantN: 1, wantProbs: []string{"2"}, reason: "not closed"},
		{name: "json array with a non-object", file: "a.json", input: []byte(`[42, {"id":"c","text":"` + body + `"}]`), wantN: 1, wantProbs: []string{"1"}, reason: "object"},
		{name: "json array cut off", file: "a.json", input: []byte("[\n" + `{"id":"a","text":"` + body + `"},` + "\n" + `{"id":"b",`), wantN: 1, wantProbs: []string{"3"}, reason: "end of file"},
		{name: "truncated gzip", file: "t.jsonl.gz", input: gzFull[:len(gzFull)/2], wantN: -1, wantProbs: []string{"-1"}, reason: "truncated"},
		{name: "10 MB line", file: "big.jsonl", input: []byte(rec("a") + `{"id":"big","text":"` + bigText + `"}` + "\n" + rec("c")), wantN: 3},
		{name: "unsupported name", file: "x.pdf", input: []byte("%PDF"), wantN: 0, wantProbs: []string{"0"}, reason: "unsupported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, probs := readAll(t, tt.file, tt.input)
			if tt.wantN >= 0 && len(arts) != tt.wantN {
				t.Errorf("loaded %d articles, want %d (problems %v)", len(arts), tt.wantN, probs)
			}
			got := problemLines(probs)
			if len(tt.wantProbs) == 1 && tt.wantProbs[0] == "-1" {
				// Truncated input: some articles load, exactly one problem.
				if len(arts) == 0 || len(arts) >= 2002 || len(probs) != 1 || probs[0].Line != len(arts)+1 {
					t.Errorf("truncated: %d articles, problems %v", len(arts), probs)
				}
			} else if !slices.Equal(got, tt.wantProbs) && !(len(got) == 0 && len(tt.wantProbs) == 0) {
				t.Errorf("problems %v, want at lines %v", probs, tt.wantProbs)
			}
			if tt.reason != "" && (len(probs) == 0 || !strings.Contains(probs[0].Reason, tt.reason)) {
				t.Errorf("problems %v, want reason containing %q", probs, tt.reason)
			}
			for _, p := range probs {
				if p.File != tt.file {
					t.Errorf("problem file %q, want %q", p.File, tt.file)
				}
			}
			if tt.check != nil && len(arts) > 0 {
				tt.check(t, arts)
			}
		})
	}
}

func TestReadFileMissing(t *testing.T) {
	n := 0
	probs := ReadFile("/nonexistent/x.jsonl", func(Article) { n++ })
	if n != 0 || len(probs) != 1 || probs[0].File != "/nonexistent/x.jsonl" {
		t.Errorf("n=%d probs=%v", n, probs)
	}
}

func TestReadNeverPanicsOnEmit(t *testing.T) {
	probs := Read("a.jsonl", bytes.NewReader([]byte(`{"text":"`+body+`"}`)), func(Article) { panic("boom") })
	if len(probs) != 1 || !strings.Contains(probs[0].Reason, "internal error") {
		t.Errorf("probs = %v", probs)
	}
}
