"""Sentences for people from the problems the cores report.

cti/ and crm_adapters/ never word a sentence for the screen: their errors and events carry a
stable ``code`` ("crm.timeout") and plain ``params``; their English ``str()`` is for logs. Here
each code has its sentence, marked for Qt Linguist (scripts/update-translations runs ``lupdate``
with ``_tr`` as QT_TRANSLATE_NOOP: keep each sentence a literal in ``_tr`` with the context) and
translated when shown. A sentence that counts something
uses ``%n`` and Qt's plural forms. An unknown code, or parameters that do not fit, falls back to
the English text: never a crash, never a traceback.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _tr, QCoreApplication, QObject

from console.outside_text import shown

CONTEXT = "messages"

# code -> source text with {named} placeholders
SENTENCES: dict[str, str] = {
    # ---- telephony (cti) -------------------------------------------------------------------
    "sip.not_running": _tr("messages", "The phone is not running. Restart the console."),
    "sip.cannot_transfer": _tr("messages", "Only a call in progress can be transferred."),
    "sip.already_consulting": _tr("messages", "This call is already being transferred: complete or cancel "
                                              "that transfer first."),
    "sip.consult_not_answered": _tr("messages", "The colleague has not answered yet: wait for them, or cancel "
                                                "the transfer."),
    "sip.no_consultation": _tr("messages", "This call has no consultation: call the colleague first."),
    "sip.transfer_failed": _tr("messages", "The transfer did not go through: {reason}. The customer is still "
                                           "on your line."),
    "sip.library_error": _tr("messages", "The phone could not do that: {reason}."),
    "sip.library_failed": _tr("messages", "The phone could not start its SIP library: {reason}."),
    "sip.did_not_start": _tr("messages", "The phone did not start: {reason}."),
    "sip.already_running": _tr("messages", "Another phone is already running in this program. Close it first."),
    "sip.bad_settings": _tr("messages", "A [sip] setting is wrong: {detail}. Fix it in the configuration file."),
    "sip.bad_listen_address": _tr("messages", "The SIP address {address} is not HOST:PORT. Fix [sip] listen in the "
                                              "configuration file."),
    "sip.bad_port": _tr("messages", "The port {port} in {address} is out of range. Use a port from 1 to 65535 in "
                                    "[sip] listen."),
    "sip.not_this_machine": _tr("messages", "{address} is not an address of this computer. Fix [sip] listen in the "
                                            "configuration file."),
    "sip.bad_transport": _tr("messages", "The SIP transport {transport} is unknown. Set [sip] transport to udp, tcp "
                                         "or tls."),
    "sip.cannot_listen": _tr("messages", "The phone cannot listen on {host}:{port} ({transport}): {reason}."),
    "sip.port_in_use": _tr("messages", "The phone cannot listen on {host}:{port} ({transport}): another program uses "
                                       "this port. Close it or choose another port in [sip] listen."),
    "sip.tls_file_unreadable": _tr("messages", "The file {path} set in [sip] {key} cannot be read. Check the name and "
                                               "its permissions."),
    "sip.no_tls_authorities": _tr("messages", "Secure SIP (TLS) needs trusted certificate authorities and this computer "
                                              "has none. Set [sip] tls_ca_file to a PEM file."),
    "sip.bad_target": _tr("messages", "{target} cannot be dialled. Enter a number, user@host or a sip: address."),
    "sip.no_pbx": _tr("messages", "There is no PBX to dial numbers through. Dial NUMBER@HOST:PORT or a sip: address, "
                                  "or set [sip] registrar."),
    "sip.no_such_call": _tr("messages", "That call has ended."),
    "sip.cannot_call": _tr("messages", "The call to {target} could not be started: {reason}."),
    "sip.bad_reject_code": _tr("messages", "{status} is not a SIP error code. Use a code from 400 to 699."),
    "sip.bad_dtmf": _tr("messages", "\"{digits}\" cannot be sent as tones. Use 0-9, *, # and A-D."),
    "sip.conference_too_small": _tr("messages", "A conference needs at least two calls."),
    "sip.bad_message": _tr("messages", "The message is too long or of the wrong kind (at most {limit} characters)."),
    "sip.bad_header": _tr("messages", "{header} is not a valid SIP header name."),
    "sip.not_ringing": _tr("messages", "This call is not ringing any more."),
    "sip.cannot_reject": _tr("messages", "Only a ringing incoming call can be rejected."),
    "sip.cannot_hold": _tr("messages", "Only a connected call can be put on hold."),
    "sip.not_on_hold": _tr("messages", "This call is not on hold."),
    "sip.cannot_join": _tr("messages", "Only connected calls can be joined."),
    "sip.already_recording": _tr("messages", "This call is already being recorded."),
    "sip.cannot_record": _tr("messages", "This call cannot be recorded: {detail}."),
    "sip.not_recording": _tr("messages", "This call is not being recorded."),
    "sip.cannot_play": _tr("messages", "This call record cannot be played: {detail}."),
    # ---- recording policy and call records (console/recording.py, console/call_records.py) -----
    "recording.never": _tr("messages", "This site does not record calls ([recording] policy = \"never\"), so this "
                                       "call cannot be recorded."),
    "recording.always": _tr("messages", "This site records every call ([recording] policy = \"always\"): the "
                                        "recording cannot be stopped."),
    "recording.no_call": _tr("messages", "There is no call in progress to record. Answer or select a call first."),
    "records.lead_only": _tr("messages", "Only a team lead can find, play or delete call records ([agent] role = "
                                         "\"lead\")."),
    "records.not_found": _tr("messages", "There is no call record {record_id}: it may have been deleted. Search "
                                         "again (ctl records)."),
    "records.no_team_store": _tr("messages", "The team store is not open yet, so call records cannot be reached; "
                                             "try again in a moment."),
    "records.not_readable": _tr("messages", "The call record {record_id} could not be read from the team store: "
                                            "{detail}."),
    "records.bad_day": _tr("messages", "The day {day} is not a date like 2026-12-01."),
    "audio.capture_file_missing": _tr("messages", "The microphone file {path} does not exist. Fix [audio] capture."),
    "audio.capture_file_unusable": _tr("messages", "The microphone file {path} is not a usable WAV file: {reason}."),
    "audio.playback_folder_missing": _tr("messages", "The folder {folder} for the recorded sound does not exist. Fix "
                                                     "[audio] playback."),
    "audio.cannot_record": _tr("messages", "The sound cannot be recorded to {path}: {reason}."),
    # ---- live-call supervision (cti/supervision): why a request or a mode change was refused
    "monitor.missing": _tr("messages", "Supervision was refused: the request was not signed. Start it from the "
                                       "console's team board."),
    "monitor.malformed": _tr("messages", "Supervision was refused: the request could not be read. Update the "
                                         "supervisor's console."),
    "monitor.bad_signature": _tr("messages", "Supervision was refused: the request was not signed with this team's "
                                             "secret. Check the team secret on both computers."),
    "monitor.expired": _tr("messages", "Supervision was refused: the request had expired. Check that both computers "
                                       "show the right time, then try again."),
    "monitor.too_early": _tr("messages", "Supervision was refused: the request was valid for too long. Check that "
                                         "both computers show the right time."),
    "monitor.replayed": _tr("messages", "Supervision was refused: the same request was used twice. Start it again "
                                        "from the team board."),
    "monitor.unknown_call": _tr("messages", "Supervision was refused: the agent is no longer on that call."),
    "monitor.role_not_allowed": _tr("messages", "Supervision was refused: this role may not do that. Trainees may "
                                                "only listen; team leads may listen, whisper and barge."),
    "monitor.too_many_calls": _tr("messages", "Supervision was refused: there is no room for another supervisor on "
                                              "this call. Try again when someone has left."),
    "monitor.dtmf_not_allowed": _tr("messages", "The mode was not changed: this site does not let phone keys switch "
                                                "supervision modes. Use the console's mode keys."),
    "monitor.wrong_session": _tr("messages", "The mode was not changed: the request was made for another supervisor "
                                             "or call."),
    "monitor.no_grant": _tr("messages", "Supervision was refused: this team requires a signed role grant and the "
                                        "request had none. Ask the team's admin for a grant, then run "
                                        "agent-console supervision use-grant."),
    "monitor.bad_grant": _tr("messages", "Supervision was refused: the role grant is not signed by this team's admin "
                                         "key. Ask the team's admin for a new grant, and check [supervision] "
                                         "roles_key on the agent's computer."),
    "monitor.grant_expired": _tr("messages", "Supervision was refused: the role grant has expired. Ask the team's "
                                             "admin for a new one."),
    "monitor.not_this_person": _tr("messages", "Supervision was refused: the role grant belongs to someone else, or "
                                               "the request was not signed with its owner's key."),
    "monitor.role_not_granted": _tr("messages", "Supervision was refused: the role grant does not give this role. "
                                                "Check [agent] role, or ask the team's admin for the right grant."),
    "monitor.grant_revoked": _tr("messages", "Supervision was refused: the role grant was revoked. Ask the team's "
                                             "admin for a new one."),
    # ---- supervision keys and grants (agent-console supervision, console/commands/supervision_keys.py)
    "grants.exists": _tr("messages", "A key is already kept for {name} ({env} or the keyring). Use --replace to make "
                                     "a new one (grants for the old key then stop working)."),
    "grants.no_keyring": _tr("messages", "{reason}. Run again with --print-private to see the private key once, and "
                                         "put it into {env}."),
    "grants.no_person_key": _tr("messages", "This person has no supervision key yet. Run agent-console supervision "
                                            "keygen."),
    "grants.bad_person_key": _tr("messages", "The key kept in {env} or the keyring is not a supervision key. Make a "
                                             "new one with agent-console supervision keygen --replace."),
    "grants.no_admin_key": _tr("messages", "Only the team's admin can do this: the admin key is not in {env} or the "
                                           "keyring (agent-console supervision admin-keygen makes it)."),
    "grants.cannot_grant": _tr("messages", "No grant was made: {reason}."),
    "grants.grant_other_key": _tr("messages", "This grant is for another key than yours. Give the team's admin your "
                                              "public key (agent-console supervision public-key)."),
    "grants.bad_grant": _tr("messages", "This grant cannot be used: {reason}. Ask the team's admin for a new one."),
    "grants.grant_other_person": _tr("messages", "This grant is for {person}, but this console's [agent] id is {me}. "
                                                 "Ask the team's admin for a grant in your id."),
    "grants.no_keyring_grant": _tr("messages", "{reason}."),
    "grants.expired": _tr("messages", "This grant expired on {day} (UTC). Ask the team's admin for a new one."),
    "grants.bad_days": _tr("messages", "--days must be from 1 to {most} (got {days})."),
    "grants.bad_person": _tr("messages", "{person} is not an agent id: use 1 to 64 letters, digits or _.@+-."),
    "grants.no_team_store": _tr("messages", "The team store cannot be opened or written ({reason}). Check [team] url "
                                            "and that the server is running."),
    "monitor.roles_not_proven": _tr("messages", "Anyone with the team secret can claim to be a team lead and listen "
                                                "in on this console's calls. Set [supervision] roles_key to the "
                                                "team admin's public key."),
    # ---- coaching notes (console/coaching_notes.py) ----------------------------------------------
    "coaching.leads_only": _tr("messages", "Coaching notes are for team leads only ([agent] role = \"lead\"): this "
                                           "console cannot show or read them."),
    "coaching.no_agent": _tr("messages", "Name the agent (ctl coaching AGENT): you are not listening to anyone's call "
                                         "now."),
    "coaching.no_team_store": _tr("messages", "The team store is not open, so coaching notes cannot be kept. Check "
                                              "[team] url in the configuration."),
    "coaching.not_read": _tr("messages", "The coaching notes cannot be read now: the team store is not answering. "
                                         "Try again in a moment."),
    "coaching.not_saved": _tr("messages", "Not saved: the team store is not answering. The notes are kept here and "
                                          "saved as soon as it answers."),
    # ---- supervision by the PBX (cti/supervision/pbx_codes.py, [supervision] strategy = "pbx")
    "pbx.bad_code": _tr("messages", "The PBX code for {mode} ({code}) cannot be dialled. Use digits, * and # with "
                                    "{{ext}} once, like *222{{ext}}, in [supervision.pbx] {mode}."),
    "pbx.bad_keys": _tr("messages", "The keys to switch to {mode} ({keys}) cannot be sent. Use 0-9, * and # in "
                                    "[supervision.pbx] switch_dtmf."),
    "pbx.unknown_mode": _tr("messages", "{mode} is not a supervision mode. Use listen, whisper and barge in "
                                        "[supervision.pbx]."),
    "pbx.bad_extension": _tr("messages", "{agent}'s extension ({extension}) cannot be dialled: it may only have "
                                         "letters, digits, dots, dashes and underscores. Fix [sip] user on their "
                                         "console."),
    "pbx.bad_domain": _tr("messages", "The PBX address {domain} is not a host or host:port. Fix [sip] registrar or "
                                      "[sip] domain."),
    "pbx.no_registrar": _tr("messages", "Supervision through the PBX needs the PBX: set [sip] registrar, or set "
                                        "[supervision] strategy = \"console\"."),
    "pbx.mode_off": _tr("messages", "Your PBX offers no {mode} here ([supervision.pbx] {mode} is empty). Choose "
                                    "another mode."),
    "pbx.no_switch": _tr("messages", "Your PBX has no key to switch to {mode} during a session ([supervision.pbx] "
                                     "switch_dtmf). Stop, then start again in {mode}."),
    "pbx.no_answer": _tr("messages", "The PBX did not answer the supervision code {dialled}. Check that it is "
                                     "running, then try again."),
    "pbx.unknown_code": _tr("messages", "The PBX does not know the supervision code {dialled} ({status}). Add it to "
                                        "the PBX's dialplan, or fix [supervision.pbx]."),
    "pbx.forbidden": _tr("messages", "The PBX does not let this phone dial the supervision code {dialled} "
                                     "({status}). Ask the PBX's administrator."),
    "pbx.refused": _tr("messages", "The PBX refused the supervision code {dialled}: {reason} ({status})."),
    # ---- CRM (crm_adapters) ----------------------------------------------------------------
    "crm.timeout": _tr("messages", "{service} did not answer in time. The card shows what is known so far."),
    "crm.cannot_connect": _tr("messages", "Cannot connect to {service} at {host}. Check the network or the CRM's "
                                          "address."),
    "crm.tls_untrusted": _tr("messages", "The certificate of {host} is not trusted. If your company has its own "
                                         "certificate authority, set ca_bundle to its PEM file."),
    "crm.rate_limited": _tr("messages", "{service} asks to slow down; the request is tried again later."),
    "crm.unavailable": _tr("messages", "{service} is unavailable for now; the request is tried again later."),
    "crm.auth_failed": _tr("messages", "{service} refused the login. Check the user and the stored secret."),
    "crm.access_denied": _tr("messages", "{service} denied access. Ask the CRM's administrator for the permission."),
    "crm.server_error": _tr("messages", "{service} had an internal error (HTTP {status}); the request is tried again "
                                        "later."),
    "crm.redirected": _tr("messages", "{service} sent the request elsewhere (HTTP {status}). Check base_url."),
    "crm.http_status": _tr("messages", "{service} refused the request (HTTP {status})."),
    "crm.invalid_json": _tr("messages", "{service} sent an answer that cannot be read."),
    "crm.answer_too_large": _tr("messages", "The answer from {service} was too large and was not read to the end."),
    "crm.bad_compression": _tr("messages", "{service} packs its answers in a way that cannot be read ({encoding})."),
    "crm.bad_compressed_data": _tr("messages", "The packed answer from {service} is damaged."),
    "crm.ca_bundle_missing": _tr("messages", "The certificate file {path} (ca_bundle) does not exist. Fix the CRM "
                                             "settings."),
    "crm.ca_bundle_invalid": _tr("messages", "The certificate file {path} (ca_bundle) is not a PEM file. Fix the CRM "
                                             "settings."),
    "crm.secret_missing": _tr("messages", "The secret {secret} is not set. Store it in the keyring or the "
                                          "environment."),
    "crm.token_request_failed": _tr("messages", "Logging in to the CRM failed: {cause}"),
    "crm.no_access_token": _tr("messages", "{service} answered the login without a token. Check the login settings."),
    "crm.request_failed": _tr("messages", "The CRM request failed: {detail}."),
    "crm.bad_answer": _tr("messages", "The CRM answered something that is not a list of {what}."),
    "crm.no_usable_records": _tr("messages", "The CRM answered, but none of its {what} could be used."),
    "crm.bad_customer_id": _tr("messages", "{id} is not a customer id {service} knows."),
    "crm.needs_known_customer": _tr("messages", "{service} needs a known customer to save this. Link the call to a "
                                                "customer first."),
    "crm.not_stored": _tr("messages", "{service} did not store the {what}."),
    "crm.task_needs_due": _tr("messages", "{service} needs a due date for a task. Set one."),
    "crm.task_needs_title": _tr("messages", "A task needs a title. Enter one."),
    "crm.crm_error": _tr("messages", "{service} reported an error: {detail}."),
    "crm.odoo_too_old": _tr("messages", "This Odoo is older than version 19. Set login and database to use its "
                                        "JSON-RPC interface."),
    "crm.idempotency_conflict": _tr("messages", "The record could not be stored yet; it is tried again."),
    "crm.unknown_customer": _tr("messages", "The customer {id} is not in the local CRM."),
    "crm.local_database_unusable": _tr("messages", "The local CRM database cannot be opened. Check [crm.local] url."),
    "crm.listed_twice": _tr("messages", "The CRM {adapter} is listed twice in [crm] adapters. Remove one."),
    "crm.settings_not_table": _tr("messages", "The settings of the CRM {adapter} must be a [crm.{adapter}] table."),
    "crm.bad_type": _tr("messages", "The CRM {adapter} has an invalid type {type}. Use a name such as \"rest\"."),
    "crm.secret_in_config": _tr("messages", "The settings of the CRM {adapter} contain a secret. Move it to the "
                                            "keyring or the environment."),
    "crm.not_installed": _tr("messages", "The CRM type {type} of {adapter} is not installed (installed: {known})."),
    "crm.not_loaded": _tr("messages", "The CRM {adapter} could not be loaded: {cause}"),
    "crm.installed_wrongly": _tr("messages", "The CRM {adapter} is installed wrongly. Reinstall its package."),
    "crm.failed_to_start": _tr("messages", "The CRM {adapter} did not start: {cause}"),
    "settings.secret_in_config": _tr("messages", "The settings of the CRM {adapter} contain a secret. Move it to the "
                                                 "keyring or the environment."),
    "settings.unknown_key": _tr("messages", "[crm.{adapter}] has an unknown setting {key}. Known: {known}."),
    "settings.not_text": _tr("messages", "[crm.{adapter}] {key} must be text in quotes."),
    "settings.required": _tr("messages", "[crm.{adapter}] needs {key}. Add it to the configuration file."),
    "settings.not_number": _tr("messages", "[crm.{adapter}] {key} must be a positive number."),
    "settings.not_list": _tr("messages", "[crm.{adapter}] {key} must be a list of texts like [\"a\", \"b\"]."),
    "settings.not_table": _tr("messages", "[crm.{adapter}] {key} must be a table."),
    "settings.bad_number_formats": _tr("messages", "[crm.{adapter}] number_formats must use some of: {known}."),
    "settings.not_https": _tr("messages", "[crm.{adapter}] {key} must start with https://."),
    "settings.bad_choice": _tr("messages", "[crm.{adapter}] {key} must be one of: {choices}."),
    "template.invalid": _tr("messages", "The CRM template {file} has a mistake at {where}: {detail}"),
    "template.not_found": _tr("messages", "The CRM template {template} was not found (built in: {known})."),
    "template.not_toml": _tr("messages", "The CRM template {file} is not valid TOML: {detail}"),
    "template.unreadable": _tr("messages", "The CRM template {file} cannot be read: {detail}"),
    "template.not_named": _tr("messages", "[crm.{adapter}] needs template = \"path/to/template.toml\" (or a built-in "
                                          "template's name)."),
    "template.no_base_url": _tr("messages", "The CRM template {file} has no base_url. Set it in the template or in "
                                            "the adapter settings."),
    "crm.not_taken": _tr("messages", "{service} does not take this kind of record (its template has no [{section}] "
                                     "section), so it was skipped there. Nothing needs to be done."),
    "outbox.needs_customer": _tr("messages", "Some write-backs wait for a customer: the CRM does not know the caller. "
                                             "Select one and press “Link to a customer…” to send it to the right "
                                             "customer."),
    "outbox.no_match": _tr("messages", "{service} has no customer with the number {number}. Check the number, or "
                                       "give the customer's id in {service}."),
    "outbox.not_linked": _tr("messages", "The write-back was not linked: {reason}"),
    "template.render_failed": _tr("messages", "The CRM template could not be filled in: {detail}"),
    "template.unknown_placeholder": _tr("messages", "The placeholder {{{placeholder}}} in the CRM template names "
                                                    "nothing known."),
    "template.body_not_json": _tr("messages", "The CRM template's body is not valid JSON once filled in (line {line}, "
                                              "column {column})."),
    # ---- the agent's work on this computer --------------------------------------------------
    "storage.disk_full": _tr("messages", "The disk is full: your work could NOT be saved. Free some disk space; the "
                                         "text stays here."),
    "storage.read_only": _tr("messages", "The database is read-only: your work could NOT be saved. Ask IT to fix the "
                                         "file permissions; the text stays here."),
    "storage.failed": _tr("messages", "The local database cannot store your work ({detail}); the text stays here."),
    # ---- call-backs and the desktop (issue 13) ---------------------------------------------
    "task.needs_title": _tr("messages", "Write what is to be done, for example: Call back about the invoice."),
    "task.needs_number": _tr("messages", "A call-back needs the number to call: type it in Number."),
    "task.needs_customer": _tr("messages", "A task needs a customer: make it during or after a call, or type the "
                                           "customer's number."),
    "task.no_database": _tr("messages", "Tasks cannot be saved yet: the local database is still starting or not "
                                        "available. Try again in a moment; the status bar says if it failed."),
    "task.not_saved": _tr("messages", "The task \"{title}\" could not be saved ({reason}). Save it again once the "
                                      "disk has room; what you typed is kept in the dialog."),
    "task.saved": _tr("messages", "Task saved: {title}, due {due}."),
    "task.snoozed": _tr("messages", "{title}: moved to {due}."),
    "task.not_snoozed": _tr("messages", "The task could not be moved ({reason}); it stays due. Try Snooze again."),
    "task.gone": _tr("messages", "That task is done or gone already: nothing to move."),
    "task.due_callback": _tr("messages", "Call-back due"),
    "task.due_task": _tr("messages", "Task due"),
    "tasks.cannot_list": _tr("messages", "{crms} cannot list tasks: My tasks shows only the tasks made in this "
                                         "console for them."),
    "tasks.crm_problem": _tr("messages", "{crm} did not give its tasks ({reason}); they are shown again once it "
                                         "answers."),
    "desktop.no_tray": _tr("messages", "No tray icon: this desktop has no system tray. Calls and due call-backs "
                                       "are shown in a notice window instead."),
    "desktop.call_from": _tr("messages", "Call from {caller}"),
    "desktop.not_linux": _tr("messages", "install-desktop registers tel: and sip: links on Linux. On Windows and "
                                         "macOS the installer does it: see docs/desktop-integration.md."),
    "desktop.cannot_write": _tr("messages", "{path} cannot be written ({reason}). Check the folder's permissions, "
                                            "or set XDG_DATA_HOME to a folder you own."),
    # ---- the window's keys and wrap-up (console/shortcuts.py, issue 13) ----------------------
    "keys.no_call_to_transfer": _tr("messages", "There is no call in progress to transfer."),
    "keys.no_dispositions": _tr("messages", "Dispositions are not available: the status bar said why when the console "
                                            "started."),
    "keys.not_in_wrapup": _tr("messages", "There is no call in wrap-up to finish."),
    "keys.ready_after_calls": _tr("messages", "You will be ready once your calls and wrap-up are done."),
    "keys.away_after_calls": _tr("messages", "You will be away once your calls and wrap-up are done."),
    "notes.saved": _tr("messages", "Note saved."),
    # ---- transfers (console/transfers.py: TransferProblem's words) ------------------------------
    "transfer.no_target": _tr("messages", "Say whom to transfer to: a colleague's name, a number or a SIP address."),
    "transfer.ambiguous": _tr("messages", "More than one colleague matches \"{target}\" ({names}): type more of the "
                                          "name, or use their id."),
    "transfer.no_address": _tr("messages", "{name}'s console has not said where to reach it: transfer to their number "
                                           "instead."),
    "transfer.offline": _tr("messages", "{name} is offline: choose another colleague."),
    "transfer.consulting": _tr("messages", "You are already consulting for this call: complete or cancel that first."),
    # ---- dialling (console/dialling.py: CannotDial's words) --------------------------------------
    "dial.empty": _tr("messages", "Type a number or a SIP address to call."),
    "dial.not_a_target": _tr("messages", "That is not a number or a SIP address: type a phone number like 0905 123 456, "
                                         "or sip:name@host."),
    "dial.bad_tel": _tr("messages", "\"{target}\" is not a phone number: a tel: link must hold one, like "
                                    "tel:+421905123456."),
    "dial.bad_sip": _tr("messages", "\"{target}\" is not a SIP address: remove spaces, quotes and < >, like "
                                    "sip:jana@pbx.example.com."),
    "dial.bad_user_at_host": _tr("messages", "\"{target}\" is not a SIP address: write it as name@host, like "
                                             "jana@pbx.example.com."),
    "dial.cannot_dial": _tr("messages", "\"{target}\" cannot be dialled: type a phone number like 0905 123 456, a SIP "
                                        "address like sip:jana@host, or a colleague's name."),
    "dial.bad_number": _tr("messages", "\"{target}\" is not a valid phone number: check the digits, or write it with "
                                       "its country code, like +421 905 123 456."),
    "dial.no_route": _tr("messages", "Numbers cannot be dialled: this console has no PBX. Set [sip] registrar or [sip] "
                                     "dial_domain in the configuration file, or dial a SIP address like sip:name@host."),
    "dial.ambiguous": _tr("messages", "More than one colleague is called \"{name}\" ({names}): type their id."),
    "dial.no_address": _tr("messages", "{name}'s console has not said where to reach it: ask them to restart their "
                                       "console, or dial their number."),
    "dial.offline": _tr("messages", "{name} is offline: call them later or dial their number."),
    "notes.no_database": _tr("messages", "The local database is not available: notes and call logs cannot be saved."),
    "notes.writebacks_stopped": _tr("messages", "Write-backs to the CRM are not being sent ({reason}); they stay queued."),
    "notes.drafts_unreadable": _tr("messages", "Saved drafts could not be read: {reason}"),
    "notes.not_saved": _tr("messages", "Notes could not be saved: {reason}. They stay on screen."),
    "notes.restored": "Restored %n unsaved note(s) after a restart.",  # (plural: see the class below)
    "notes.saved_in_wrapup": _tr("messages", "Note saved. The wrap-up goes on until you press Wrap-up done."),
    # ---- importing customers ------------------------------------------------------------------
    "import.not_a_file": _tr("messages", "{path} is not a regular file. Name a CSV or vCard file."),
    "import.is_folder": _tr("messages", "{path} is a folder. Name the CSV or vCard file to import."),
    "import.no_such_file": _tr("messages", "{path} does not exist. Check the name and the folder."),
    "import.permission_denied": _tr("messages", "You may not read {path}. Ask for read permission or copy the file."),
    "import.unreadable": _tr("messages", "{path} cannot be read ({detail})."),
    "import.bad_encoding": _tr("messages", "The encoding {encoding} cannot be used. Use e.g. utf-8, utf-16, cp1250 or "
                                           "cp1251."),
    "import.spreadsheet": _tr("messages", "{path} is a spreadsheet or an archive. Save it as CSV (UTF-8) or vCard "
                                          "and import that."),
    "import.binary": _tr("messages", "{path} is not a text file. Import a CSV or vCard (.vcf) customer list."),
    "import.unknown_encoding": _tr("messages", "The encoding of {path} cannot be told for sure. Save it as CSV UTF-8, "
                                               "or name its encoding, e.g. --encoding cp1250."),
    "import.bad_header_line": _tr("messages", "Line {line} should be the header (name, phone, ...) but cannot be read: "
                                              "{detail}"),
    "import.no_name_column": _tr("messages", "The header has no name column ({found}). Add a column named name."),
    "import.no_phone_column": _tr("messages", "The header has no phone column ({found}). Add a column named phone."),
    "import.bad_row": _tr("messages", "Line {line}: {detail}"),
    "import.unreadable_line": _tr("messages", "Line {line} cannot be read: {detail}"),
    "import.not_csv": _tr("messages", "Line {line} cannot be read as CSV; it is skipped."),
    "import.unclosed_quote": _tr("messages", "Line {line}: a quote is opened and never closed; the row is skipped."),
    "import.field_too_long": _tr("messages", "Line {line}: {field} is too long ({length} characters, at most {limit}); "
                                             "the row is skipped."),
    "import.phone_too_long": _tr("messages", "Line {line}: a phone number is longer than {limit} characters; the row "
                                             "is skipped."),
    "import.text_cut": _tr("messages", "Line {line}: the {field} was cut to {limit} characters."),
    "import.no_usable_phone": ("Line {line}: no phone number could be understood (%n given); the row "  # (plural:
                               "is skipped."),                                                       # below)
    "import.no_phone": _tr("messages", "Line {line}: no phone number; the row is skipped."),
    "import.phone_kept_as_written": _tr("messages", "Line {line}: phone number {position} is not understood; it is "
                                                    "kept as written."),
    "import.no_name": _tr("messages", "Line {line}: no name; the row is skipped."),
    "import.unknown_segment": _tr("messages", "Line {line}: unknown segment {segment}. Use vip, high, standard or low."),
    "import.bad_value": _tr("messages", "Line {line}: the value {value} is not a number; the row is skipped."),
    "import.unknown_country": _tr("messages", "Line {line}: unknown country {country}. Use a code such as SK, CZ or "
                                              "GB."),
    "import.outside_vcard": _tr("messages", "Line {line}: text outside any vCard is skipped."),
    "import.vcard_skipped": _tr("messages", "Line {line}: {detail}; the vCard starting on line {start} is skipped."),
    "import.vcard_too_large": _tr("messages", "Line {line}: the vCard is too large; it is skipped."),
    "import.vcard_unreadable": _tr("messages", "Line {line}: the vCard cannot be read; it is skipped."),
    "import.vcard_not_closed": _tr("messages", "Line {line}: END:VCARD is missing; the vCard was read to the next "
                                               "one."),
}

# the classes' own codes, for an error raised without a code of its own (a third-party adapter's
# AdapterError("..."), say): a sentence would hide what its English text says, so that is shown
GENERIC = {"sip.problem", "sip.command_failed", "audio.problem", "crm.problem", "crm.adapter_unavailable",
           "settings.invalid", "import.bad_file"}

# codes whose sentence counts something: the parameter that is the count (%n, plural forms)
COUNTS: dict[str, str] = {
    "import.no_usable_phone": "count",
    "notes.restored": "count",
}


class messages(QObject):  # noqa: N801 - the class's name is the translation context
    """Never made: shows lupdate the sentences of COUNTS, which need plural forms (pyside6-lupdate
    marks a text plural only in a class's ``self.tr(text, "", n)``); their SENTENCES entries are
    plain strings so that lupdate sees each text once. tests/unit/test_translation_files.py checks
    that every text with %n is plural in the .ts files."""

    def _plural_forms(self, n: int) -> None:
        self.tr("Line {line}: no phone number could be understood (%n given); the row is skipped.", "", n)
        self.tr("Restored %n unsaved note(s) after a restart.", "", n)


class _Params(dict):
    """Parameters as shown: outside text cleaned and clipped; a missing one raises KeyError."""

    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def sentence_for(code: str, params: Mapping[str, Any] | None, fallback: str) -> str:
    """The translated sentence of ``code`` with ``params`` filled in; ``fallback`` (English) when
    the code is unknown or the parameters do not fit it."""
    source = SENTENCES.get(code or "")
    params = dict(params or {})
    if source is None:
        return shown(fallback)
    count_key = COUNTS.get(code)
    try:
        n = int(params[count_key]) if count_key else -1
        text = QCoreApplication.translate(CONTEXT, source, None, n)
        values = _Params({k: shown(v) for k, v in params.items() if not isinstance(v, Mapping)})
        if "{cause}" in text:
            values["cause"] = sentence_for(str(params.get("cause_code", "")), params.get("cause_params") or {},
                                           str(params.get("detail", "")))
        return text.format_map(values)
    except (KeyError, IndexError, ValueError, TypeError):
        return shown(fallback)


def sentence(problem: object) -> str:
    """A sentence for the agent from anything the cores report: a Problem exception (SoftphoneError,
    AdapterError, StorageProblem, ...), a PhoneError event, a RowProblem or an AdapterProblem."""
    reason = getattr(problem, "reason", None)
    # the English text: an exception's or a row's str(); an event's reason
    fallback = reason if isinstance(reason, str) and type(problem).__name__ == "PhoneError" else str(problem)
    return sentence_for(str(getattr(problem, "code", "") or ""), getattr(problem, "params", None), fallback)


def say(code: str, **params: Any) -> str:
    """The console's own sentence ``code`` (a key of SENTENCES) with ``params``."""
    return sentence_for(code, params, SENTENCES.get(code, code))
