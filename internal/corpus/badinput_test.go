package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

// The bad-input suite: every case is generated in its own directory next
// to a control file, and loaded the way storytui loads a corpus
// (Discover, then ReadFile on each file found). For each case it checks
// the problem reported (file, line and reason), the exact number of
// articles loaded, and that the control file's articles and the good
// records of the bad file come through untouched. Read never panics (it
// recovers), so a panic shows up as an "internal error" problem and
// fails the exact problem list.

// wantProblem is a problem a case must report: in the file of this base
// name, at this line (0: the whole file), with a reason containing this.
type wantProblem struct {
	file   string
	line   int
	reason string
}

type badCase struct {
	name  string
	heavy bool // generated only without -short
	build func(t *testing.T, dir string)
	// want is the number of articles loaded from the case's own files;
	// wantFn computes it when it depends on the generated data.
	want   int
	wantFn func(t *testing.T, dir string) int
	probs  []wantProblem
	// probsFn gives the problems when they depend on the count loaded.
	probsFn func(n int) []wantProblem
	check   func(t *testing.T, arts []Article) // on the case's own articles
}

// controlTexts are the articles of the control file in every case's
// directory; clean text goes through Clean unchanged.
var controlTexts = []string{
	"The harbour authority said on Monday that the new ferry terminal would open in the spring.",
	"Fishermen in the northern villages reported the largest catch of herring in a decade.",
	"The regional court ruled that the bridge tolls collected last year must be refunded.",
}

// jsonLine is one JSON Lines record with an id and a text.
func jsonLine(id, text string) string {
	b, err := json.Marshal(map[string]string{"id": id, "text": text})
	if err != nil {
		panic(err)
	}
	return string(b) + "\n"
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// loadDir loads every article under dir as storytui does.
func loadDir(t *testing.T, dir string) ([]Article, []Problem) {
	t.Helper()
	files, probs := Discover([]string{dir})
	var arts []Article
	for _, f := range files {
		probs = append(probs, ReadFile(f.Path, func(a Article) { arts = append(arts, a) })...)
	}
	return arts, probs
}

// sentence is the nth of a family of distinct sentences, so generated
// articles and paragraphs never repeat one another.
func sentence(n int) string {
	return fmt.Sprintf("Report %d: the committee heard %d witnesses about the harbour budget on day %d.", n, n%97, n%31)
}

func TestBadInput(t *testing.T) {
	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			if c.heavy && testing.Short() {
				t.Skip("heavy case skipped in -short mode")
			}
			dir := t.TempDir()
			if c.heavy {
				dir = fastTempDir(t)
			}
			var control strings.Builder
			for i, s := range controlTexts {
				control.WriteString(jsonLine(fmt.Sprintf("control-%d", i), s))
			}
			writeFile(t, dir, "control.jsonl", []byte(control.String()))
			c.build(t, dir)

			arts, probs := loadDir(t, dir)

			var own []Article
			controls := map[string]string{}
			for _, a := range arts {
				if strings.HasPrefix(a.ID, "control-") {
					controls[a.ID] = a.Text
					continue
				}
				own = append(own, a)
			}
			for i, s := range controlTexts {
				id := fmt.Sprintf("control-%d", i)
				if controls[id] != s {
					t.Errorf("control article %s: text %q, want %q", id, controls[id], s)
				}
			}
			if len(controls) != len(controlTexts) {
				t.Errorf("%d control articles loaded, want %d", len(controls), len(controlTexts))
			}

			want := c.want
			if c.wantFn != nil {
				want = c.wantFn(t, dir)
			}
			if len(own) != want {
				t.Errorf("loaded %d articles, want %d", len(own), want)
			}
			wantProbs := c.probs
			if c.probsFn != nil {
				wantProbs = c.probsFn(want)
			}
			checkProblems(t, probs, wantProbs)
			if c.check != nil && !t.Failed() {
				c.check(t, own)
			}
		})
	}
}

// checkProblems compares the problems with the wanted ones, in order.
func checkProblems(t *testing.T, got []Problem, want []wantProblem) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], want[i]
		ok = filepath.Base(g.File) == w.file && g.Line == w.line && strings.Contains(g.Reason, w.reason)
	}
	if ok {
		return
	}
	var gs, ws []string
	for _, g := range got {
		gs = append(gs, g.String())
	}
	for _, w := range want {
		ws = append(ws, fmt.Sprintf("%s:%d: …%s…", w.file, w.line, w.reason))
	}
	t.Errorf("problems:\n  %s\nwant:\n  %s", strings.Join(gs, "\n  "), strings.Join(ws, "\n  "))
}

func badCases() []badCase {
	return []badCase{
		{
			name: "invalid UTF-8",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "bad.txt", []byte("Council passes budget\n\nThe council met on Monday and the vote was \xff\xfe close. Residents of Malmö attended.\n"))
			},
			want:  1,
			probs: []wantProblem{{"bad.txt", 3, "invalid UTF-8 (bad bytes replaced)"}},
			check: func(t *testing.T, arts []Article) {
				if a := arts[0]; a.Title != "Council passes budget" || a.Text != "The council met on Monday and the vote was \uFFFD close. Residents of Malmö attended." {
					t.Errorf("got %q / %q", a.Title, a.Text)
				}
			},
		},
		{
			name: "Windows-1252 text",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "latin.txt", []byte("Caf\xe9 owners protest\n\nCaf\xe9 owners said the \x93new\x94 rules hurt business.\n"))
			},
			want:  1,
			probs: []wantProblem{{"latin.txt", 1, "decoded as Windows-1252"}},
			check: func(t *testing.T, arts []Article) {
				if a := arts[0]; a.Title != "Café owners protest" || a.Text != "Café owners said the “new” rules hurt business." {
					t.Errorf("got %q / %q", a.Title, a.Text)
				}
			},
		},
		{
			name: "UTF-16 with a BOM",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "le.txt", utf16LE("Ausschuss tagt\n\nDer Ausschuss tagte am Montag in München, sagte die Sprecherin.\n"))
				writeFile(t, dir, "be.jsonl", utf16BE(jsonLine("be-1", "Η επιτροπή συνεδρίασε τη Δευτέρα στην Αθήνα.")+jsonLine("be-2", "Le comité s’est réuni lundi à Genève.")))
			},
			want: 3,
			check: func(t *testing.T, arts []Article) {
				got := map[string]string{}
				for _, a := range arts {
					got[a.ID] = a.Title + "|" + a.Text
				}
				want := map[string]string{
					"le":   "Ausschuss tagt|Der Ausschuss tagte am Montag in München, sagte die Sprecherin.",
					"be-1": "Η επιτροπή συνεδρίασε τη Δευτέρα στην Αθήνα.|Η επιτροπή συνεδρίασε τη Δευτέρα στην Αθήνα.",
					"be-2": "Le comité s’est réuni lundi à Genève.|Le comité s’est réuni lundi à Genève.",
				}
				for id, w := range want {
					if got[id] != w {
						t.Errorf("%s: %q, want %q", id, got[id], w)
					}
				}
			},
		},
		{
			name: "NUL byte in a text file",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "nul.txt", []byte("Council passes budget\n\nThe council \x00voted on Monday to pass the budget.\n"))
				writeFile(t, dir, "nul.jsonl", []byte(jsonLine("n1", sentence(1))+`{"id":"n2","text":"The mayor `+"\x00"+`spoke."}`+"\n"+jsonLine("n3", sentence(3))))
			},
			want: 4,
			probs: []wantProblem{
				{"nul.jsonl", 2, "NUL bytes removed"},
				{"nul.txt", 3, "NUL bytes removed"},
			},
			check: func(t *testing.T, arts []Article) {
				got := map[string]string{}
				for _, a := range arts {
					got[a.ID] = a.Text
				}
				if got["nul"] != "The council voted on Monday to pass the budget." || got["n2"] != "The mayor spoke." || got["n3"] != sentence(3) {
					t.Errorf("texts %q", got)
				}
			},
		},
		{
			name: "binary data named .txt",
			build: func(t *testing.T, dir string) {
				r := rand.New(rand.NewPCG(1, 2))
				b := make([]byte, 4096)
				for i := range b {
					b[i] = byte(r.Uint32())
				}
				b[100] = 0
				writeFile(t, dir, "photo.txt", b)
			},
			want:  0,
			probs: []wantProblem{{"photo.txt", 0, "binary file"}},
		},
		{
			name: "0-byte files",
			build: func(t *testing.T, dir string) {
				for _, n := range []string{"empty.txt", "empty.jsonl", "empty.csv", "empty.json", "empty.jsonl.gz"} {
					writeFile(t, dir, n, nil)
				}
			},
			want: 0,
			probs: []wantProblem{
				{"empty.csv", 0, "empty file"},
				{"empty.json", 0, "empty file"},
				{"empty.jsonl", 0, "empty file"},
				{"empty.jsonl.gz", 0, "empty file"},
				{"empty.txt", 0, "empty file"},
			},
		},
		{
			name: "article of only whitespace",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "blank.txt", []byte("  \n\t\n \r\n\u00a0\u2003\n\n"))
				writeFile(t, dir, "blank.jsonl", []byte(jsonLine("w1", sentence(1))+jsonLine("w2", " \n\t\u00a0 ")+jsonLine("w3", sentence(3))))
			},
			want: 2,
			probs: []wantProblem{
				{"blank.jsonl", 2, "empty text"},
				{"blank.txt", 0, "empty file"},
			},
		},
		{
			name: "articles in other languages",
			build: func(t *testing.T, dir string) {
				for name, a := range otherLanguages {
					writeFile(t, dir, name+".txt", []byte(a[0]+"\n\n"+a[1]+"\n"))
				}
			},
			want: len(otherLanguages),
			check: func(t *testing.T, arts []Article) {
				for _, a := range arts {
					w := otherLanguages[a.ID]
					if a.Title != w[0] || a.Text != w[1] {
						t.Errorf("%s: %q / %q, want %q / %q", a.ID, a.Title, a.Text, w[0], w[1])
					}
				}
			},
		},
		{
			name: "10 MB line",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "oneline.txt", []byte(longLine(10<<20)))
				writeFile(t, dir, "long.jsonl", []byte(jsonLine("l1", sentence(1))+jsonLine("l2", longLine(10<<20))+jsonLine("l3", sentence(3))))
			},
			want: 4,
			check: func(t *testing.T, arts []Article) {
				long := longLine(10 << 20)
				for _, a := range arts {
					if (a.ID == "oneline" || a.ID == "l2") && a.Text != long {
						t.Errorf("%s: %d bytes, want the whole line of %d", a.ID, len(a.Text), len(long))
					}
				}
			},
		},
		{
			name: "JSONL of 1000 records with one malformed line",
			build: func(t *testing.T, dir string) {
				var b strings.Builder
				for i := 1; i <= 1000; i++ {
					if i == 517 {
						b.WriteString(`{"id":"r517","text":"cut off here` + "\n")
						continue
					}
					b.WriteString(jsonLine(fmt.Sprintf("r%d", i), sentence(i)))
				}
				writeFile(t, dir, "records.jsonl", []byte(b.String()))
			},
			want:  999,
			probs: []wantProblem{{"records.jsonl", 517, "malformed JSON record: unexpected end of JSON input"}},
			check: func(t *testing.T, arts []Article) {
				n := 0
				for i := 1; i <= 1000; i++ {
					if i == 517 {
						continue
					}
					if a := arts[n]; a.ID != fmt.Sprintf("r%d", i) || a.Line != i || a.Text != sentence(i) {
						t.Fatalf("article %d: %s at line %d %q", n, a.ID, a.Line, a.Text)
					}
					n++
				}
			},
		},
		{
			name: "JSON array with one bad element",
			build: func(t *testing.T, dir string) {
				var els []string
				for i := 1; i <= 20; i++ {
					el := strings.TrimSpace(jsonLine(fmt.Sprintf("e%d", i), sentence(i)))
					if i == 8 {
						el = `{"id":"e8","text": not json}`
					}
					els = append(els, "  "+el)
				}
				writeFile(t, dir, "array.json", []byte("[\n"+strings.Join(els, ",\n")+"\n]\n"))
			},
			want:  19,
			probs: []wantProblem{{"array.json", 9, "malformed JSON record"}},
			check: func(t *testing.T, arts []Article) {
				for _, a := range arts {
					if a.ID == "e8" || a.Text != sentence(a.Line-1) {
						t.Errorf("%s at line %d: %q", a.ID, a.Line, a.Text)
					}
				}
			},
		},
		{
			name: "CSV with embedded newlines, a broken quote and a short row",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "multi.csv", []byte("id,title,text\n"+
					"m1,First,\"The first paragraph of the story.\n\nThe second paragraph, after a blank line.\"\n"+
					"m2,Second,"+sentence(2)+"\n"))
				writeFile(t, dir, "broken.csv", []byte("id,title,text\n"+
					"b1,One,\""+sentence(1)+"\"\n"+
					"b2,Two,\"This quote is never closed. "+sentence(2)+"\n"+
					"b3,Three,\""+sentence(3)+"\"\n"+
					"b4,Four,"+sentence(4)+"\n"))
				writeFile(t, dir, "short.csv", []byte("id,title,text\n"+
					"s1,One,"+sentence(1)+"\n"+
					"s2,Two\n"+
					"s3,Three,"+sentence(3)+"\n"))
			},
			want: 7,
			probs: []wantProblem{
				{"broken.csv", 3, "broken quoting"},
				{"short.csv", 3, "short row: 2 fields, the header has 3"},
			},
			check: func(t *testing.T, arts []Article) {
				got := map[string]string{}
				for _, a := range arts {
					got[a.ID] = a.Text
				}
				if got["m1"] != "The first paragraph of the story.\n\nThe second paragraph, after a blank line." {
					t.Errorf("embedded newlines: %q", got["m1"])
				}
				for _, id := range []string{"b1", "b3", "b4", "s1", "s3", "m2"} {
					if n := int(id[1] - '0'); got[id] != sentence(n) {
						t.Errorf("%s: %q", id, got[id])
					}
				}
			},
		},
		{
			name: "truncated .gz",
			build: func(t *testing.T, dir string) {
				var b strings.Builder
				for i := 1; i <= 2000; i++ {
					b.WriteString(jsonLine(fmt.Sprintf("g%d", i), sentence(i)))
				}
				gz := gzipped(t, []byte(b.String()))
				writeFile(t, dir, "cut.jsonl.gz", gz[:len(gz)*3/5])
				writeFile(t, dir, "header.txt.gz", gz[:5])
			},
			wantFn: func(t *testing.T, dir string) int {
				// Every complete line that can still be decompressed loads.
				b, _ := os.ReadFile(filepath.Join(dir, "cut.jsonl.gz"))
				zr, err := gzip.NewReader(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				data, err := io.ReadAll(zr)
				if err != io.ErrUnexpectedEOF {
					t.Fatalf("the cut stream ends with %v", err)
				}
				n := bytes.Count(data, []byte{'\n'})
				if n < 100 || n > 1900 {
					t.Fatalf("%d complete lines in the cut stream", n)
				}
				return n
			},
			probsFn: func(n int) []wantProblem {
				return []wantProblem{
					{"cut.jsonl.gz", n + 1, "read error: unexpected end of data (truncated file?); the articles before it were loaded"},
					{"header.txt.gz", 0, "bad gzip data: unexpected end of data (truncated file?)"},
				}
			},
			check: func(t *testing.T, arts []Article) {
				for i, a := range arts {
					if a.ID != fmt.Sprintf("g%d", i+1) || a.Text != sentence(i+1) {
						t.Fatalf("article %d: %s %q", i, a.ID, a.Text)
					}
				}
			},
		},
		{
			name: "symlink loops",
			build: func(t *testing.T, dir string) {
				writeFile(t, dir, "sub/a.txt", []byte(sentence(1)+"\n"))
				mustSymlink(t, "..", filepath.Join(dir, "sub", "up"))        // a directory loop
				mustSymlink(t, "sub", filepath.Join(dir, "again"))           // the same directory twice
				mustSymlink(t, "self.txt", filepath.Join(dir, "self.txt"))   // a link to itself
				mustSymlink(t, "loop2.txt", filepath.Join(dir, "loop1.txt")) // two links to each other
				mustSymlink(t, "loop1.txt", filepath.Join(dir, "loop2.txt"))
			},
			want: 1,
			probs: []wantProblem{
				{"loop1.txt", 0, "too many levels of symbolic links"},
				{"loop2.txt", 0, "too many levels of symbolic links"},
				{"self.txt", 0, "too many levels of symbolic links"},
			},
		},
		{
			name: "paths that cannot be read",
			build: func(t *testing.T, dir string) {
				mustSymlink(t, "missing.txt", filepath.Join(dir, "dangling.txt"))
				// A directory with an article's name is walked, not read.
				writeFile(t, dir, "folder.txt/inside.txt", []byte(sentence(1)+"\n"))
				// A FIFO would block a reader forever: it must be skipped.
				if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
					t.Fatal(err)
				}
			},
			want:  1,
			probs: []wantProblem{{"dangling.txt", 0, "no such file or directory"}},
		},
		{
			name:  "200 MB text file",
			heavy: true,
			build: func(t *testing.T, dir string) {
				// The first 17 MB are distinct paragraphs (what is kept);
				// the rest repeats a block, written in a few large writes.
				var head strings.Builder
				for i := 0; head.Len() < 17<<20; i++ {
					head.WriteString(sentence(i) + "\n\n")
				}
				f, err := os.Create(filepath.Join(dir, "huge.txt"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				block := []byte(head.String()[:8<<20])
				if _, err := f.WriteString(head.String()); err != nil {
					t.Fatal(err)
				}
				for written := head.Len(); written < 200<<20; written += len(block) {
					if _, err := f.Write(block); err != nil {
						t.Fatal(err)
					}
				}
			},
			want:  1,
			probs: []wantProblem{{"huge.txt", 0, "over 16 MB: only its first 16 MB loaded"}},
			check: func(t *testing.T, arts []Article) {
				a := arts[0]
				if len(a.Text) > maxArticleBytes || len(a.Text) < 15<<20 {
					t.Errorf("text of %d bytes, want just under 16 MB", len(a.Text))
				}
				if !strings.HasPrefix(a.Text, sentence(0)+"\n\n"+sentence(1)) || !strings.HasSuffix(a.Text, ".") {
					t.Errorf("text not cut at a paragraph: starts %q, ends %q", a.Text[:80], a.Text[len(a.Text)-80:])
				}
			},
		},
		{
			name:  "directory of 100k tiny files",
			heavy: true,
			build: func(t *testing.T, dir string) {
				for d := 0; d < 100; d++ {
					sub := filepath.Join(dir, fmt.Sprintf("d%02d", d))
					if err := os.Mkdir(sub, 0o755); err != nil {
						t.Fatal(err)
					}
					for i := 0; i < 1000; i++ {
						n := d*1000 + i
						if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("t%06d.txt", n)), []byte(sentence(n)), 0o644); err != nil {
							t.Fatal(err)
						}
					}
				}
			},
			want: 100000,
			check: func(t *testing.T, arts []Article) {
				seen := make(map[string]bool, len(arts))
				for _, a := range arts {
					var n int
					if _, err := fmt.Sscanf(a.ID, "t%06d", &n); err != nil || seen[a.ID] || a.Text != sentence(n) {
						t.Fatalf("article %s: %q (seen before: %v)", a.ID, a.Text, seen[a.ID])
					}
					seen[a.ID] = true
				}
			},
		},
	}
}

// otherLanguages are articles (title, text) by file name.
var otherLanguages = map[string][2]string{
	"zh": {"市议会通过预算", "市议会周一以七票对二票通过了新的年度预算。市长表示，这笔资金将用于修缮学校和道路。"},
	"ar": {"المجلس البلدي يقر الميزانية", "أقر المجلس البلدي يوم الاثنين الميزانية الجديدة بأغلبية سبعة أصوات مقابل صوتين، وقال رئيس البلدية إن الأموال ستخصص للمدارس."},
	"he": {"המועצה אישרה את התקציב", "מועצת העיר אישרה ביום שני את התקציב השנתי החדש, כך מסרה הדוברת."},
	"ru": {"Совет утвердил бюджет", "Городской совет в понедельник утвердил новый годовой бюджет, сообщила пресс-служба мэрии."},
	"ja": {"市議会が予算案を可決", "市議会は月曜日、新年度予算案を賛成多数で可決した。市長は学校と道路の補修に充てると述べた。"},
	"hi": {"नगर परिषद ने बजट पारित किया", "नगर परिषद ने सोमवार को नया वार्षिक बजट पारित किया, महापौर ने कहा कि धन स्कूलों पर खर्च होगा।"},
}

// longLine is one line of n bytes of distinct words, without a newline.
func longLine(n int) string {
	var b strings.Builder
	b.Grow(n + 16)
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "word%d ", i)
	}
	return strings.TrimSpace(b.String()[:n]) + "."
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fastTempDir is a temporary directory in memory (/dev/shm) when there is
// one: creating and removing 100,000 files on a disk mounted with discard
// takes minutes on a busy machine, and the disk is not what is tested.
func fastTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("/dev/shm", "storytui-badinput-")
	if err != nil {
		return t.TempDir()
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestUnreadableFile needs a user the permission bits apply to: root
// reads a file whatever its mode. As root (as in CI) the test runs itself
// again as the user nobody, in a copy of the test binary that user may
// execute; where that is not allowed (no CAP_SETUID) it is skipped.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		runAsNobody(t, "TestUnreadableFile")
		return
	}
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", []byte(sentence(1)+"\n"))
	p := writeFile(t, dir, "locked.txt", []byte(sentence(2)+"\n"))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	arts, probs := loadDir(t, dir)
	if len(arts) != 1 || arts[0].ID != "good" {
		t.Errorf("loaded %v, want only good", ids(arts))
	}
	checkProblems(t, probs, []wantProblem{{"locked.txt", 0, "permission denied"}})
}

// nobody is the uid and gid of the unprivileged user on Debian-like
// systems; any uid other than 0 would do, it need not exist.
const nobody = 65534

// runAsNobody runs the test named test in a child process with uid and
// gid nobody and fails with its output if it does not pass there.
func runAsNobody(t *testing.T, test string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Skipf("running as root, and cannot find the test binary to run as nobody: %v", err)
	}
	// The go tool's build directory is root's alone: copy the binary to
	// a directory nobody can enter.
	dir, err := os.MkdirTemp("", "storytui-nobody-") // t.TempDir's parent is root's alone
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "corpus.test")
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+test+"$", "-test.v", "-test.count=1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TMPDIR="+os.TempDir(), "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if errors.Is(err, syscall.EPERM) {
		t.Skipf("running as root, and not allowed to run as nobody (%v): the permission case cannot be made", err)
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: "+test) {
		t.Fatalf("%s as uid %d: %v\n%s", test, nobody, err, out)
	}
}

// TestFileGoneAfterDiscover: a file removed between the walk and the read
// (a download folder being cleaned) is reported, not fatal.
func TestFileGoneAfterDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "stays.txt", []byte(sentence(1)+"\n"))
	gone := writeFile(t, dir, "gone.txt", []byte(sentence(2)+"\n"))
	files, probs := Discover([]string{dir})
	if len(files) != 2 || len(probs) != 0 {
		t.Fatalf("discovered %v, problems %v", files, probs)
	}
	os.Remove(gone)
	var arts []Article
	for _, f := range files {
		probs = append(probs, ReadFile(f.Path, func(a Article) { arts = append(arts, a) })...)
	}
	if len(arts) != 1 || arts[0].ID != "stays" {
		t.Errorf("loaded %v, want only stays", ids(arts))
	}
	checkProblems(t, probs, []wantProblem{{"gone.txt", 0, "no such file or directory"}})
}

// TestReadFileOnDirectory: a path naming a directory with an article's
// extension is refused with a reason.
func TestReadFileOnDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "x.txt")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	n := 0
	probs := ReadFile(dir, func(Article) { n++ })
	if n != 0 {
		t.Errorf("%d articles from a directory", n)
	}
	checkProblems(t, probs, []wantProblem{{"x.txt", 0, "is a directory"}})
}

func TestCutText(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"one two.\n\nthree four five", 16, "one two."},
		{"one two.\nthree four five", 16, "one two."},
		{"one two three four", 15, "one two three"},
		{"漢字漢字漢字", 7, "漢字"},
		{"abcdefgh", 5, "abcde"},
	}
	for _, tt := range tests {
		if got := cutText(tt.in, tt.max); got != tt.want {
			t.Errorf("cutText(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func FuzzCutText(f *testing.F) {
	f.Add("one two.\n\nthree four five", 16)
	f.Add("漢字漢字漢字", 7)
	f.Add("\xff\xfe abc", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > len(s)+8 {
			return
		}
		got := cutText(s, max)
		if len(got) > max || !strings.HasPrefix(s, got) {
			t.Fatalf("cutText(%q, %d) = %q: not a prefix within the limit", s, max, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("cutText(%q, %d) = %q cuts a rune", s, max, got)
		}
	})
}

func FuzzNULDropper(f *testing.F) {
	f.Add([]byte("a\x00b\n\x00\x00c"), 3)
	f.Add([]byte("\x00\x00\x00"), 1)
	f.Fuzz(func(t *testing.T, b []byte, chunk int) {
		if chunk <= 0 || chunk > 64 {
			return
		}
		rd := &reader{name: "f.txt"}
		got, err := io.ReadAll(&nulDropper{r: &chunked{b: b, n: chunk}, rd: rd, line: 1})
		if err != nil || !bytes.Equal(got, bytes.ReplaceAll(b, []byte{0}, nil)) {
			t.Fatalf("read %q (%v) from %q", got, err, b)
		}
		if i := bytes.IndexByte(b, 0); i >= 0 {
			if line := 1 + bytes.Count(b[:i], []byte{'\n'}); len(rd.probs) != 1 || rd.probs[0].Line != line {
				t.Fatalf("problems %v, want one at line %d", rd.probs, line)
			}
		} else if len(rd.probs) != 0 {
			t.Fatalf("problems %v without a NUL", rd.probs)
		}
	})
}

// chunked reads b at most n bytes at a time.
type chunked struct {
	b []byte
	n int
}

func (c *chunked) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), c.n)], c.b)
	c.b = c.b[k:]
	return k, nil
}
