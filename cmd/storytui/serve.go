package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"storytui/internal/index"
)

// An explorer holds its index's lock for as long as it is open, so a
// command on the same files from another terminal (storytui search --json
// ... ~/news) could not open the index, and said to try again later. The
// explorer therefore answers such commands itself: it listens on a Unix
// socket in the index directory, and a command that finds one there
// sends it its arguments and copies back what the explorer's run of the
// command printed and its exit status. The explorer runs the command on
// the index it has open, as it stands: it does not read the files again
// (with --watch it keeps them in step anyway).

// sockName is the socket of the explorer serving an index directory.
const sockName = "explorer.sock"

// served maps the directory of each index this process's explorer
// serves to that index: the run of a forwarded command looks its index
// up here instead of opening it. A process-wide table because the
// commands are entered by their arguments alone, as on the command line.
var served sync.Map // string -> *index.Index

// servedIndex is the index this process serves for dir, or nil.
func servedIndex(dir string) *index.Index {
	if dir == "" {
		return nil
	}
	if v, ok := served.Load(filepath.Clean(dir)); ok {
		return v.(*index.Index)
	}
	return nil
}

// forwardRequest is what a command sends the explorer: its arguments,
// as run would get them.
type forwardRequest struct {
	Args []string `json:"args"`
	Dir  string   `json:"dir"` // the index directory, absolute
	// Whether the command's stdout and stderr are terminals, which
	// changes what some commands print there.
	StdoutTerminal bool `json:"stdout_terminal,omitempty"`
	StderrTerminal bool `json:"stderr_terminal,omitempty"`
}

// Frames of an answer: a kind byte, a big-endian uint32 length, the data.
const (
	frameStdout = 'o'
	frameStderr = 'e'
	frameExit   = 'x' // data: the exit status, a big-endian uint32
)

// serveCommands answers forwarded commands on the socket of dir with ix
// until stop is called. Serving is a convenience: when the socket cannot
// be made (a path too long for a Unix socket, a read-only directory),
// the explorer runs without it and commands say the index is in use.
func serveCommands(dir string, ix *index.Index) (stop func()) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return func() {}
	}
	path := filepath.Join(dir, sockName)
	os.Remove(path) // left by an explorer that was killed; the lock is ours
	ln, err := net.Listen("unix", path)
	if err != nil {
		return func() {}
	}
	os.Chmod(path, 0o600)
	served.Store(dir, ix)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns = map[net.Conn]bool{}
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns[conn] = true
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				answer(conn)
				mu.Lock()
				delete(conns, conn)
				mu.Unlock()
			}()
		}
	}()
	return func() {
		ln.Close() // removes the socket file
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(quitWait):
			// A command whose reader stopped reading (a suspended
			// pipeline) would keep the explorer from quitting: cut it.
			mu.Lock()
			for c := range conns {
				c.Close()
			}
			mu.Unlock()
			<-done
		}
		served.Delete(dir)
	}
}

// quitWait bounds how long a quitting explorer waits for the commands it
// is answering.
const quitWait = 5 * time.Second

// requestWait bounds the wait for a connection's request, so that a
// connection that sends nothing cannot hold the explorer.
const requestWait = 5 * time.Second

// answer runs the command one connection asks for, on the index served
// for the directory it names, and sends back its output and exit status.
// The explorer waits for running commands before it closes the index.
func answer(conn net.Conn) {
	defer conn.Close()
	var req forwardRequest
	conn.SetReadDeadline(time.Now().Add(requestWait))
	if err := json.NewDecoder(io.LimitReader(conn, 1<<20)).Decode(&req); err != nil || len(req.Args) == 0 {
		return
	}
	w := &frameWriter{w: newBufWriter(conn), dir: filepath.Clean(req.Dir)}
	code := 1
	if servedIndex(w.dir) != nil {
		code = run(req.Args, w.stream(frameStdout, req.StdoutTerminal), w.stream(frameStderr, req.StderrTerminal))
	} else {
		fmt.Fprintf(w.stream(frameStderr, false), "storytui: the explorer here does not serve the index %s\n", req.Dir)
	}
	w.frame(frameExit, binary.BigEndian.AppendUint32(nil, uint32(code)))
	w.flush()
}

// frameWriter writes the frames of an answer; stdout and stderr of the
// command share it, one write at a time.
type frameWriter struct {
	mu  sync.Mutex
	w   *bufio.Writer
	err error
	dir string // of the served index the command runs on
}

func (f *frameWriter) frame(kind byte, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	var head [5]byte
	head[0] = kind
	binary.BigEndian.PutUint32(head[1:], uint32(len(data)))
	if _, err := f.w.Write(head[:]); err != nil {
		f.err = err
		return err
	}
	if _, err := f.w.Write(data); err != nil {
		f.err = err
	}
	return f.err
}

func (f *frameWriter) flush() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil {
		f.err = f.w.Flush()
	}
}

// stream is one of the command's output streams.
func (f *frameWriter) stream(kind byte, terminal bool) io.Writer {
	return streamWriter{f, kind, terminal}
}

type streamWriter struct {
	f        *frameWriter
	kind     byte
	terminal bool // the forwarding command's stream is a terminal
}

// servedDir is the directory of the served index a command writing to
// w runs on, or "" when w is not a forwarded command's output: a
// forwarded command takes its index from there, not from its paths,
// which name files relative to another process's directory.
func servedDir(w io.Writer) string {
	if s, ok := w.(streamWriter); ok {
		return s.f.dir
	}
	return ""
}

func (s streamWriter) Write(p []byte) (int, error) {
	// Large outputs go in pieces, so that the receiver never holds more
	// than a piece.
	for rest := p; len(rest) > 0; {
		n := min(len(rest), 64<<10)
		if err := s.f.frame(s.kind, rest[:n]); err != nil {
			return len(p) - len(rest), err
		}
		rest = rest[n:]
	}
	return len(p), nil
}

// errNoExplorer says no explorer answers on an index directory.
var errNoExplorer = errors.New("no explorer serves this index")

// forward sends args to the explorer serving the index in dir and copies
// its answer to stdout and stderr, returning the command's exit status.
// It returns errNoExplorer, having written nothing, when no explorer
// listens there (none, or a socket left by one that was killed).
func forward(dir string, args []string, stdout, stderr io.Writer) (int, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return 0, errNoExplorer
	}
	conn, err := net.DialTimeout("unix", filepath.Join(dir, sockName), time.Second)
	if err != nil {
		return 0, errNoExplorer
	}
	defer conn.Close()
	if err := json.NewEncoder(conn).Encode(forwardRequest{Args: args, Dir: dir, StdoutTerminal: isTerminal(stdout), StderrTerminal: isTerminal(stderr)}); err != nil {
		return 0, errNoExplorer
	}
	return readAnswer(conn, stdout, stderr)
}

// newBufWriter buffers the frames written to w.
func newBufWriter(w io.Writer) *bufio.Writer { return bufio.NewWriter(w) }

// readAnswer copies the frames of an answer from conn to stdout and
// stderr and returns the exit status its last frame holds.
func readAnswer(conn io.Reader, stdout, stderr io.Writer) (int, error) {
	r := bufio.NewReader(conn)
	var head [5]byte
	buf := make([]byte, 0, 64<<10)
	cut := errors.New("the explorer serving the index closed the connection before the command ended (it quit?)")
	for {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			return 1, cut
		}
		n := binary.BigEndian.Uint32(head[1:])
		if n > 64<<10 {
			return 1, errors.New("the explorer serving the index sent a malformed answer")
		}
		buf = buf[:n]
		if _, err := io.ReadFull(r, buf); err != nil {
			return 1, cut
		}
		switch head[0] {
		case frameStdout:
			if _, err := stdout.Write(buf); err != nil {
				return 1, err // a closed pipe: stop reading, as a local run would
			}
		case frameStderr:
			stderr.Write(buf)
		case frameExit:
			if n != 4 {
				return 1, errors.New("the explorer serving the index sent a malformed answer")
			}
			return int(binary.BigEndian.Uint32(buf)), nil
		}
	}
}
