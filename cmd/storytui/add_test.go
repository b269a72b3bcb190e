package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storytui/internal/corpus"
)

const addPage = `<!DOCTYPE html><html><head><title>Harbor bridge repairs approved | Ledger</title>
<meta property="og:site_name" content="The Harbor Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Harbor bridge repairs approved</h1>
<p>The city council voted 7-2 on Tuesday to spend $48 million repairing the Eastport Harbor Bridge, ending months of argument.</p>
<p>"This money buys us twenty more years," said Councilmember Janet Okafor, who sponsored the measure.</p>
</article><section class="comments"><p>First!</p></section></body></html>`

const addFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>The Harbor Ledger</title>
<item><title>Ferry adds weekend runs</title><link>https://ledger.example/ferry</link><guid>ferry-1</guid>
<description>Harbor Ferries will add four weekend crossings to Gull Island this summer.</description></item>
</channel></rss>`

func addServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bridge":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(addPage))
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(addFeed))
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestAddThenSearch(t *testing.T) {
	srv := addServer(t)
	dir := filepath.Join(t.TempDir(), "articles")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"add", "--dir", dir, srv.URL + "/bridge", srv.URL + "/feed"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr: %s", code, stderr.String())
	}
	if lines := strings.Split(strings.TrimSpace(stdout.String()), "\n"); len(lines) != 2 || !strings.Contains(lines[0], "web page") || !strings.Contains(lines[1], "feed") {
		t.Errorf("stdout:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "saved 2 of 2 into "+dir) {
		t.Errorf("stderr does not say where: %s", stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	code := run([]string{"search", "--json", "--index", filepath.Join(t.TempDir(), "ix"), "harbor", dir}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("search exit %d, stderr: %s", code, stderr.String())
	}
	objs := jsonLines(t, stdout.String())
	if len(objs) != 2 {
		t.Fatalf("got %d hits, want the page and the feed item:\n%s", len(objs), stdout.String())
	}
	for _, o := range objs {
		switch o["title"] {
		case "Harbor bridge repairs approved":
			if o["source"] != "The Harbor Ledger" || o["url"] != srv.URL+"/bridge" {
				t.Errorf("page hit %v", o)
			}
		case "Ferry adds weekend runs":
			if o["url"] != "https://ledger.example/ferry" {
				t.Errorf("feed hit %v", o)
			}
		default:
			t.Errorf("unexpected hit %v", o)
		}
	}
}

func TestAddErrors(t *testing.T) {
	srv := addServer(t)
	dir := t.TempDir()
	tests := []struct {
		args []string
		code int
		want string // in stderr
	}{
		{[]string{srv.URL + "/missing"}, 1, "HTTP 404 Not Found"},
		{[]string{srv.URL + "/image"}, 1, "not an HTML page or an RSS/Atom feed (content type image/png)"},
		{[]string{"ftp://example.com/x"}, 1, "want http:// or https://"},
		{[]string{srv.URL + "/bridge", srv.URL + "/missing"}, 1, "saved 1 of 2"},
		{nil, 2, "no URL given"},
		{[]string{"--max-size", "0", srv.URL + "/bridge"}, 2, "must be positive"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"add", "--dir", dir}, tt.args...), &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("add %v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
	}
}

func TestAddDefaultDir(t *testing.T) {
	srv := addServer(t)
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"add", srv.URL + "/feed"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	entries, err := os.ReadDir(filepath.Join(data, "storytui", "articles"))
	if err != nil || len(entries) != 1 || !strings.HasSuffix(entries[0].Name(), ".xml") {
		t.Errorf("default folder holds %v (%v)", entries, err)
	}
}

func TestMergeProblems(t *testing.T) {
	p := func(file string) corpus.Problem { return corpus.Problem{File: file, Reason: "bad"} }
	files := func(ps []corpus.Problem) string {
		var out []string
		for _, x := range ps {
			out = append(out, x.File)
		}
		return strings.Join(out, ",")
	}
	tests := []struct {
		name       string
		old, fresh []corpus.Problem
		changed    []string
		want       string
	}{
		{"unchanged files keep their problems", []corpus.Problem{p("/n/a.json"), p("/n/b.html")}, nil, []string{"/n/c.html"}, "/n/a.json,/n/b.html"},
		{"a changed file's old problems go", []corpus.Problem{p("/n/a.json"), p("/n/b.html")}, []corpus.Problem{p("/n/b.html")}, []string{"/n/b.html"}, "/n/a.json,/n/b.html"},
		{"fixed file", []corpus.Problem{p("/n/a.json")}, nil, []string{"/n/a.json"}, ""},
		{"removed directory", []corpus.Problem{p("/n/sub/a.json"), p("/n/subway.json")}, nil, []string{"/n/sub"}, "/n/subway.json"},
		{"a problem reported again is not doubled", []corpus.Problem{p("/n")}, []corpus.Problem{p("/n")}, []string{"/n/x.html"}, "/n"},
	}
	for _, tt := range tests {
		if got := files(mergeProblems(tt.old, tt.changed, tt.fresh)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
