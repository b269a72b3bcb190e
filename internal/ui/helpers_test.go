package ui

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// harness drives a Model synchronously: every message goes through Update
// and every Cmd it returns is run at once and its message fed back, as the
// program would, minus the timers (the debounce delays are zero).
type harness struct {
	t    *testing.T
	b    *fakeBackend // when the test wants to change it midway
	m    Model
	quit bool
}

func newHarness(t *testing.T, b Backend, opts Options, w, h int) *harness {
	t.Helper()
	m := New(b, opts)
	m.searchDelay, m.docDelay = 0, 0
	// Progress is fed by the tests themselves: a Cmd waiting on a channel
	// would block the synchronous runner.
	m.progressCh = nil
	hs := &harness{t: t, m: m}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(m.Init())
	return hs
}

// send feeds one message and runs what follows from it.
func (hs *harness) send(msg tea.Msg) {
	hs.t.Helper()
	next, cmd := hs.m.Update(msg)
	hs.m = next.(Model)
	hs.run(cmd)
}

// run executes cmd and everything it leads to.
func (hs *harness) run(cmd tea.Cmd) {
	hs.t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			hs.t.Fatal("commands never settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			hs.quit = true
		default:
			// tea.Sequence's message is unexported; it is a []tea.Cmd.
			if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
				for i := range v.Len() {
					queue = append(queue, v.Index(i).Interface().(tea.Cmd))
				}
				continue
			}
			next, c2 := hs.m.Update(msg)
			hs.m = next.(Model)
			queue = append(queue, c2)
		}
	}
}

// key sends one key press. Named keys use their tea.Key code; anything
// else is typed as text.
func (hs *harness) key(k string) {
	hs.t.Helper()
	hs.send(keyMsg(k))
}

// keys sends key presses in order, as key does each.
func (hs *harness) keys(ks ...string) {
	hs.t.Helper()
	for _, k := range ks {
		hs.key(k)
	}
}

// typeText types s one rune at a time.
func (hs *harness) typeText(s string) {
	hs.t.Helper()
	for _, r := range s {
		hs.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]tea.KeyPressMsg{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"space":     {Code: tea.KeySpace, Text: " "},
		"backspace": {Code: tea.KeyBackspace},
	}
	if m, ok := named[k]; ok {
		return m
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen is the view without escape codes.
func (hs *harness) screen() string {
	return ansi.Strip(hs.m.View().Content)
}

// checkFits fails unless the view is exactly width×height.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: view has %d lines, want %d", w, h, len(lines), h)
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, got, ansi.Strip(l))
		}
	}
}

// regexpFind reports whether pattern matches s.
func regexpFind(pattern, s string) bool { return regexp.MustCompile(pattern).MatchString(s) }
