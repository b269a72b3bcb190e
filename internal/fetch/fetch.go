// Package fetch downloads web pages and news feeds into a local folder
// that storytui indexes like any other: politely (a user agent that says
// who is asking), within a time and size limit, and with errors that say
// what went wrong (HTTP status, too large, not a page or a feed).
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// UserAgent tells the sites storytui visits who is asking.
const UserAgent = "storytui/0.1 (+local news explorer)"

// Defaults for a Fetcher.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultMaxBytes = 10 << 20
)

// Kind is what a downloaded document is.
type Kind int

// The kinds of document storytui can index.
const (
	KindHTML Kind = iota + 1 // a web page
	KindFeed                 // an RSS or Atom feed
)

// String names the kind for messages.
func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "web page"
	case KindFeed:
		return "feed"
	}
	return "unknown"
}

// Ext is the file extension a document of this kind is saved with, the
// one storytui reads it by.
func (k Kind) Ext() string {
	if k == KindFeed {
		return ".xml"
	}
	return ".html"
}

// Page is one downloaded document.
type Page struct {
	URL      string // as asked for
	FinalURL string // after redirects
	Kind     Kind
	Body     []byte // UTF-8 for a page whose charset the server named
}

// Fetcher downloads documents. The zero value is not usable: use New.
type Fetcher struct {
	Client    *http.Client
	MaxBytes  int64
	UserAgent string
	Timeout   time.Duration // for a whole download, body included
}

// New returns a Fetcher with the given limits (zero picks the default).
func New(timeout time.Duration, maxBytes int64) *Fetcher {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	return &Fetcher{Client: &http.Client{}, MaxBytes: maxBytes, UserAgent: UserAgent, Timeout: timeout}
}

// StatusError is an answer other than 200 OK.
type StatusError struct {
	Code   int
	Status string
}

func (e *StatusError) Error() string {
	s := strings.TrimSpace(strings.TrimPrefix(e.Status, fmt.Sprint(e.Code)))
	if s == "" {
		s = http.StatusText(e.Code)
	}
	return fmt.Sprintf("HTTP %d %s", e.Code, s)
}

// ErrTooLarge is returned for a document over the size limit.
var ErrTooLarge = errors.New("too large")

// KindError is returned for a document that is neither a web page nor a
// feed.
type KindError struct{ ContentType string }

func (e *KindError) Error() string {
	ct := e.ContentType
	if ct == "" {
		ct = "none given"
	}
	return fmt.Sprintf("not an HTML page or an RSS/Atom feed (content type %s)", ct)
}

// Fetch downloads one page or feed. Errors name the URL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Page, error) {
	p, err := f.fetch(ctx, rawURL)
	if err != nil {
		return p, fmt.Errorf("%s: %w", rawURL, err)
	}
	return p, nil
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string) (Page, error) {
	page := Page{URL: rawURL}
	u, err := url.Parse(rawURL)
	if err != nil {
		return page, fmt.Errorf("not a valid URL: %v", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return page, fmt.Errorf("unsupported URL (want http:// or https://)")
	}
	if u.Host == "" {
		return page, fmt.Errorf("URL has no host")
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return page, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
	resp, err := f.Client.Do(req)
	if err != nil {
		return page, f.netErr(ctx, err)
	}
	defer resp.Body.Close()
	page.FinalURL = resp.Request.URL.String()
	if resp.StatusCode != http.StatusOK {
		return page, &StatusError{Code: resp.StatusCode, Status: resp.Status}
	}
	if resp.ContentLength > f.MaxBytes {
		return page, f.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return page, f.netErr(ctx, err)
	}
	if int64(len(body)) > f.MaxBytes {
		return page, f.tooLarge()
	}
	ct := resp.Header.Get("Content-Type")
	page.Kind = kindOf(ct, body)
	if page.Kind == 0 {
		return page, &KindError{ContentType: ct}
	}
	if page.Kind == KindHTML {
		body = toUTF8(body, ct)
	}
	page.Body = body
	return page, nil
}

func (f *Fetcher) tooLarge() error {
	return fmt.Errorf("%w: more than %s", ErrTooLarge, FormatSize(f.MaxBytes))
}

// netErr words a transport error, telling a timeout apart.
func (f *Fetcher) netErr(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %s", f.Timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// kindOf decides from the content type, or from the body when the type
// is a generic one servers use for feeds (text/xml, text/plain, none).
func kindOf(contentType string, body []byte) Kind {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return KindHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml":
		return KindFeed
	case "", "text/xml", "application/xml", "text/plain", "application/octet-stream", "binary/octet-stream":
		return sniff(body)
	}
	return 0
}

// sniff recognises a feed or a page by its first element.
func sniff(body []byte) Kind {
	head := strings.ToLower(string(body[:min(len(body), 2048)]))
	head = strings.TrimPrefix(head, "\ufeff")
	for {
		head = strings.TrimSpace(head)
		if !strings.HasPrefix(head, "<?") && !strings.HasPrefix(head, "<!--") {
			break
		}
		end := "?>"
		if strings.HasPrefix(head, "<!--") {
			end = "-->"
		}
		i := strings.Index(head, end)
		if i < 0 {
			return 0
		}
		head = head[i+len(end):]
	}
	switch {
	case strings.HasPrefix(head, "<rss"), strings.HasPrefix(head, "<feed"), strings.HasPrefix(head, "<rdf:rdf"):
		return KindFeed
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"):
		return KindHTML
	}
	return 0
}

// toUTF8 decodes a page that is not UTF-8 by the charset the server named
// (the page itself may not say); with none, it is left for the reader to
// decode by its <meta>.
func toUTF8(body []byte, contentType string) []byte {
	if utf8.Valid(body) {
		return body
	}
	_, params, _ := mime.ParseMediaType(contentType)
	if params["charset"] == "" {
		return body
	}
	enc, _, _ := charset.DetermineEncoding(body, contentType)
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return body
	}
	return out
}

// FormatSize formats a byte count for messages: "10 MiB", "45 KiB".
func FormatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/1024)
	}
	return fmt.Sprintf("%d bytes", n)
}
