/**
 * A real SMTP server for tests (smtp-server on a free loopback port) that keeps what it receives,
 * parsed; `state.refuse` set, it answers 550 to every recipient.
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

type Received = { from: string | undefined; rcptTo: string[]; mail: ParsedMail };

/** A mail server on a free port; `refuse` set, it answers 550 to every recipient. */
export async function startMailServer() {
  const received: Received[] = [];
  const state = { refuse: null as string | null };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate for nodemailer to trust.
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mutu" && auth.password === "s3cret") callback(null, { user: "mutu" });
      else callback(new Error("Invalid credentials"));
    },
    onRcptTo(_address, _session, callback) {
      if (!state.refuse) return callback();
      callback(Object.assign(new Error(state.refuse), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          rcptTo: session.envelope.rcptTo.map((a) => a.address),
          mail,
        });
        callback();
      }, callback);
    },
  });
  const listening = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listening.once("listening", resolve));
  const { port } = listening.address() as AddressInfo;
  return {
    received,
    state,
    url: `smtp://mutu:s3cret@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
