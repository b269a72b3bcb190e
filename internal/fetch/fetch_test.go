package fetch

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"storytui/internal/corpus"
)

const page = `<!DOCTYPE html><html><head><title>Council backs library plan | Gazette</title>
<meta property="og:site_name" content="The Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council backs library plan</h1>
<p>The city council on Monday approved a plan to keep the central library open until nine on weeknights, answering years of requests from students.</p>
<p>"A library that closes at five is a library for retirees," said councillor Ada Brooks, who proposed the change.</p>
</article><footer>Contact us</footer></body></html>`

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Gazette</title>
<item><title>Council backs library plan</title><link>https://gazette.example/library</link>
<description>The council approved longer library hours on Monday.</description></item>
</channel></rss>`

// server answers as the sites storytui add meets do, and records the
// user agent of every request.
func server(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	var (
		mu     sync.Mutex
		agents []string
	)
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte(strings.ReplaceAll(page, "councillor", "conseill\xe8re")))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feed))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml")
		w.Write([]byte(feed))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such story", http.StatusNotFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>word</p>"), 1000))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(`{"not": "a feed"}`))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers only when the client gives up
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(agents)
	}
}

func TestFetch(t *testing.T) {
	srv, agents := server(t)
	tests := []struct {
		path     string
		kind     Kind
		contains string
		err      string // part of the error message; "" for success
	}{
		{path: "/story", kind: KindHTML, contains: "Ada Brooks"},
		{path: "/latin1", kind: KindHTML, contains: "conseillère Ada Brooks"},
		{path: "/feed", kind: KindFeed, contains: "<rss"},
		{path: "/feed.xml", kind: KindFeed, contains: "<rss"},
		{path: "/moved", kind: KindHTML, contains: "Ada Brooks"},
		{path: "/gone", err: "HTTP 404 Not Found"},
		{path: "/big", err: "too large: more than 8 KiB"},
		{path: "/pdf", err: "not an HTML page or an RSS/Atom feed (content type application/pdf)"},
		{path: "/json", err: "not an HTML page or an RSS/Atom feed (content type text/plain)"},
		{path: "/slow", err: "timed out after 200ms"},
	}
	f := New(10*time.Second, 8<<10)
	// The slow server never answers, so a short limit always runs out.
	impatient := New(200*time.Millisecond, 8<<10)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f := f
			if tt.path == "/slow" {
				f = impatient
			}
			p, err := f.Fetch(context.Background(), srv.URL+tt.path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Fatalf("error %v, want one naming the URL and %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tt.kind || !strings.Contains(string(p.Body), tt.contains) {
				t.Errorf("kind %v, body %.80q", p.Kind, p.Body)
			}
		})
	}
	if len(agents()) < len(tests) {
		t.Errorf("server saw %d requests, want at least %d", len(agents()), len(tests))
	}
	for _, a := range agents() {
		if a != UserAgent {
			t.Errorf("user agent %q, want %q", a, UserAgent)
		}
	}
	var se *StatusError
	if _, err := f.Fetch(context.Background(), srv.URL+"/gone"); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("want a StatusError 404, got %v", err)
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("want ErrTooLarge, got %v", err)
	}
}

func TestFetchRejectsBadURLs(t *testing.T) {
	f := New(0, 0)
	for _, u := range []string{"ftp://x.example/a", "file:///etc/passwd", "x.example/story", "http://", "http://[::1"} {
		if _, err := f.Fetch(context.Background(), u); err == nil {
			t.Errorf("%s: no error", u)
		}
	}
}

// TestSaveThenRead fetches a page and a feed, saves them, and reads them
// back as storytui would index them.
func TestSaveThenRead(t *testing.T) {
	srv, _ := server(t)
	dir := filepath.Join(t.TempDir(), "articles")
	f := New(5*time.Second, 0)
	var paths []string
	for _, p := range []string{"/moved", "/feed"} {
		pg, err := f.Fetch(context.Background(), srv.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		path, err := Save(dir, pg)
		if err != nil {
			t.Fatal(err)
		}
		if again, err := Save(dir, pg); err != nil || again != path {
			t.Errorf("saving again: %s, %v; want the same file %s", again, err, path)
		}
		paths = append(paths, path)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files in %s, want 2 (no leftover temporary files)", len(entries), dir)
	}
	var arts []corpus.Article
	for _, p := range paths {
		if probs := corpus.ReadFile(p, func(a corpus.Article) { arts = append(arts, a) }); len(probs) > 0 {
			t.Errorf("%s: %v", p, probs)
		}
	}
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	pg := arts[0]
	if pg.Title != "Council backs library plan" || pg.Source != "The Gazette" || pg.URL != srv.URL+"/story" || strings.Contains(pg.Text, "Contact us") || !strings.Contains(pg.Text, "Ada Brooks") {
		t.Errorf("page read back as %+v", pg)
	}
	if !arts[1].Summary || arts[1].URL != "https://gazette.example/library" {
		t.Errorf("feed item read back as %+v", arts[1])
	}
}

func TestFileName(t *testing.T) {
	tests := []struct {
		url, want string
		kind      Kind
	}{
		{"https://www.news.example/2024/03/12/Story-Title/", "news.example-2024-03-12-story-title-", KindHTML},
		{"https://news.example/feed?format=rss", "news.example-feed-", KindFeed},
		{"http://news.example", "news.example-", KindHTML},
		{"https://news.example/" + strings.Repeat("ä", 200), "news.example-c3-a4", KindHTML},
	}
	for _, tt := range tests {
		got := FileName(Page{URL: tt.url, Kind: tt.kind})
		if !strings.HasPrefix(got, tt.want) || !strings.HasSuffix(got, tt.kind.Ext()) || len(got) > 120 || strings.ContainsAny(got, `/\:?*"<>| `) {
			t.Errorf("FileName(%s) = %q, want a safe name starting %q", tt.url, got, tt.want)
		}
	}
	a := FileName(Page{URL: "https://n.example/feed?a=1", Kind: KindFeed})
	b := FileName(Page{URL: "https://n.example/feed?a=2", Kind: KindFeed})
	if a == b {
		t.Errorf("addresses differing in their query share the name %s", a)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if d, err := DefaultDir(); err != nil || d != filepath.Join("/data", "storytui", "articles") {
		t.Errorf("DefaultDir() = %q, %v", d, err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		body string
		want Kind
	}{
		{"\ufeff<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\">", KindFeed},
		{`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, KindFeed},
		{`<?xml version="1.0"?><rdf:RDF xmlns:rdf="...">`, KindFeed},
		{"  <!DOCTYPE html><html>", KindHTML},
		{`<?xml version="1.0"?><urlset>`, 0},
		{`{"items": []}`, 0},
		{`<?xml unterminated`, 0},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.body)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
