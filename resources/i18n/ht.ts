<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished">Poze chak kesyon epi ekri repons lan jan moun nan bay li. Chak “wi” make pou revizè a; esplike l anba a.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished">Kesyon sou istwa moun nan (Form I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished">Si wi: sa k te pase, kilè, ki kote, ak kijan sa te fini</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished">Esplikasyon “wi” sa a</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished">Pou chak “wi”: sa k te pase, kilè, ki kote, ak kijan sa te fini.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished">Esplikasyon</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished">Èske benefisyè a te janm arete, akize oswa kondane pou yon krim nenpòt kote?</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished">Èske benefisyè a te janm vyole lwa imigrasyon Etazini (pa egzanp, rete pase tan li)?</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished">Èske benefisyè a nan yon pwosedi depòtasyon (removal proceedings) Ozetazini kounye a?</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">Poko gen repons</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished">Èske yo te janm refize benefisyè a yon viza ameriken?</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished">Èske yo te janm retire oswa depòte benefisyè a soti Ozetazini?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Wi</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation type="unfinished">Chèche dosye pa non oswa nimewo paspò</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation type="unfinished">Chèche non oswa nimewo paspò (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">Filt estati</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Tout estati</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation type="unfinished">Filt rezon</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished">Tout rezon</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished">Filt kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished">Tout kanal</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Dat kle nan %n jou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln dosye</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished">Pa pare</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Dosye</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation type="unfinished">Pa gen dosye ki koresponn ak rechèch la ak filt yo.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation type="unfinished">Poko gen dosye. Chwazi Fichye → Nouvo dosye (Ctrl+N) pou kòmanse yon demann.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(san non)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ konfli</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished">pa verifye</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished">{date} ⚠ ekspire</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished">{date} ⚠ {days} j</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished">Parole la pral ekspire byento: pale ak benefisyè a sou re-parole alè.</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">De laptop chanje dosye sa a yon fason diferan: louvri l pou chwazi ki valè pou kenbe.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished">Fèt {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">Benefisyè</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Peyi</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished">Gwoup fanmi</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">Dat kle</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished">Fen parole</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished">Preparasyon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estati</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation type="unfinished">← Dosye</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished">Sa yo retire…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished">Moun ak dokiman yo retire nan dosye sa a, yo kenbe yo jiskaske li apwouve: remete youn</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">Tout chanjman anrejistre</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(san non)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished">Yo retire {name}.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished">yon parole</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished">Yo retire parole {what}.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished">Yo retire dokiman “{title}”.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">Pa anrejistre: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Pa anrejistre</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">Pa t kapab anrejistre</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished">Pa anrejistre: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished">valè sa a pa valab</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished">Dosye sa a te gen done ki pa t anrejistre lè kòf la te fèmen. Yo te kenbe yo chifre nan kòf la e yo tounen nan chan yo: verifye yo.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished">Done ki pa t anrejistre yo retounen</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished">Ap anrejistre talè…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished">egzibi yo</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished">Antre non manm fanmi an anvan.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished">Dosye {n} louvri pou {name}, ak detay komen yo kopye. De demann yo nan yon sèl gwoup fanmi.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished">Demann manm fanmi an</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished">Ap verifye demann lan ak chak fichye ki atache…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished">Ap fè verifikasyon yo</translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished">anile</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>%n pou korije</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished">(poko gen non)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished">Istwa</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">Verifikasyon</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Prèv</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Ekspòte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Rezilta</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Moun</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation type="unfinished">Rezon ak deklarasyon</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation type="unfinished">Revizyon ak apwobasyon</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished">Obsèvasyon</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">Règ</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">Referans</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished">Klike de fwa sou yon obsèvasyon (oswa peze Enter) pou ale nan chan li konsène a.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished">Verifye ankò</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished">&lt;b&gt;Pakèt règ {id} {version}&lt;/b&gt;, nan dat {as_of}.&lt;br&gt;Verifikasyon yo di w sa ki manke; se revizè a ki deside. Anyen isit la se pa konsèy legal.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished">{f} pou korije anvan revizyon · {w} avètisman</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished">Anyen pa bloke revizyon · {w} avètisman. Se revizè a ki deside.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished">{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished">  [verifye anvan depo]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished">Verifye anvan depo: chif nan pakèt règ la ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished">Pou enfòmasyon w</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished">Fòk korije</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">Avètisman</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">Chan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">Orijinal</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Laptop sa a</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">Sa k rive</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished">dosye a efase</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation type="unfinished">dosye a kenbe, ak chanjman li yo</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">Yon lòt laptop chanje {n} chan nan dosye sa a yon fason diferan. Toutotan ou pa chwazi, dosye a kenbe valè laptop sa a e li pa ka apwouve.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished">Parole Desktop: erè inatandi</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished">Yon bagay ki pa t dwe rive rive. Tout sa ki te deja anrejistre an sekirite nan kòf la.
Tanpri kopye detay anba yo epi voye yo bay moun ki okipe laptop òganizasyon w lan. Yo pa gen okenn done dosye.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished">Katab jounal la se {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">Detay erè a</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">Kopye detay yo</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished">Kreye kòf ou</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation type="unfinished">Dosye yo kenbe nan yon kòf chifre sou òdinatè sa a. Chwazi yon fraz sekrè: kèk mo ou p ap bliye e pèsonn pa ka devine. San li (oswa kle rekiperasyon ki parèt apre a) pèsonn pa ka louvri dosye yo, menm ou menm.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Fraz sekrè</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Repete fraz sekrè a</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Fòs fraz sekrè a</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished">Kreye kòf la</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation type="unfinished">Omwen {n} karaktè; yon fraz ak plizyè mo pi bon.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">De fraz sekrè yo pa menm.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished">Chwazi dat la nan yon kalandriye</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation type="unfinished">AAAA/MM/JJ (Ejir solè), oswa kite l vid si w pa konnen</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation type="unfinished">AAAA/MM/JJ (Ejir solè)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation type="unfinished">Kalandriye Ejir solè: limen. Tape dat la jan kliyan an ba ou li (1370/05/12); dat gregoryen an parèt bò kote l e se li ki anrejistre. Klike (oswa Ctrl+J) pou dat gregoryen.</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation type="unfinished">Kalandriye gregoryen pou dat sa a</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation type="unfinished">AAAA-MM-JJ, oswa kite l vid si w pa konnen</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation type="unfinished">Kalandriye Ejir solè: etenn. Klike (oswa Ctrl+J) pou tape dat la jan kliyan an ba ou li nan kalandriye Ejir solè.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation type="unfinished">Kalandriye Ejir solè pou dat sa a</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation type="unfinished">“{text}” se pa yon dat. Tape l konsa AAAA-MM-JJ (2026-12-31) oswa {local}, oswa chwazi l nan kalandriye a.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation type="unfinished">“{text}”: {year} se yon ane gregoryen. Tape dat la jan kliyan an ba ou li nan kalandriye Ejir solè, oswa etenn kalandriye Ejir solè pou chan sa a (bouton solèy la).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation type="unfinished">“{text}”: ane a dwe gen kat chif, 1200 rive 1599 (pa egzanp 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation type="unfinished">“{text}”: pa gen mwa {month}; mwa yo soti 1 rive 12.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation type="unfinished">“{text}”: {year} se pa yon ane bisekstil, kidonk dènye mwa li (Hut, Esfand) gen 29 jou.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation type="unfinished">“{text}”: mwa {month} nan {year} gen {days} jou.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation type="unfinished">“{text}” se pa yon dat Ejir solè. Tape l konsa ane/mwa/jou (1370/05/12), oswa chwazi l nan kalandriye a.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation type="unfinished">Anrejistre kòm {date} (gregoryen)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished">KÒF DEMO — dosye envante sèlman. Pa antre vrè done kliyan; lanse aplikasyon an san --demo pou pwòp kòf ou.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished">Dokiman chwazi a</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Tit</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished">Atik lis la / kalite</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Lang</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished">— se pa yon tradiksyon —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished">Tradiksyon an anglè de</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished">Tradiktè</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished">Tradiktè a sètifye tradiksyon an konplè e egzak</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished">Dokiman yon lòt moun ki nonmen benefisyè a</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">Pa anrejistre</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished">Dokiman orijinal la</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished">Yon kopi sètifye</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished">Yon eskanè</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished">Yon foto telefòn</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished">Fichye sa a se</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished">Sa dokiman an menm di (konpare ak done moun yo):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished">non an jan li ekri nan dokiman an</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Dat nesans</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">Nimewo paspò</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished">Ranpli apati liy paspò ki nan tèks dokiman an</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished">Li liy paspò machin ka li a nan tèks dokiman an (yon PDF ak tèks; yon foto oswa yon senp eskanè pa genyen) epi ranpli chan vid ki anwo yo. Verifye sa li ranpli.</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Fichye</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">Ap li tèks dokiman an…</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">non</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished">dat nesans</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished">nimewo paspò</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished">Ranpli apati liy paspò dokiman an: {what}. Konpare yo ak dokiman an.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished">Chan yo gen deja sa w te tape: anyen pa chanje.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished">Pa jwenn okenn liy paspò nan tèks dokiman an (yon foto oswa yon senp eskanè pa gen tèks): tape sa dokiman an di.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform> · %n paj</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation type="unfinished">{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation type="unfinished">&lt;b&gt;Lis&lt;/b&gt; (soti nan pakèt règ la)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estati</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">Atik</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished">Bezwen</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished">Nouvo fichye yo se:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">Ajoute fichye…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished">Oswa depoze fichye yo isit la. Fichye yo chifre nan kòf la; orijinal yo rete kote yo ye a.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">Apèsi</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished">Retire nan dosye a</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished">✓ atache</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished">⚠ tradui</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished">✗ manke</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished">⚠ verifye</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished">○ poko</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">obligatwa</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished">rekòmande</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished">Bezwen, men yon lòt verifikasyon vin anvan (gade etap Verifikasyon an).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished">Yon dokiman nan lang etranje bezwen yon tradiksyon anglè sètifye.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished">tradiksyon de: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished">✓ ka enprime</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished">✗ pa ka enprime: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished">? poko verifye enpresyon (fè verifikasyon konplè a)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished">Ap chifre {name} nan kòf la…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished">Anile: lòt fichye yo pa t ajoute.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished">Ap ajoute fichye</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished">Gen fichye ki pa t ajoute</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished">Ajoute fichye prèv</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished">Dokiman (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">Ap li tèks dokiman an…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished">Pa t kapab li tèks dokiman an: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"> (verifye anvan depo)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished">Pakèt</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished">Bouyon (ak filigràn, pou revizè a ak fanmi an li)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished">Final (bezwen yon apwobasyon valab; siyen ak ID dijital revizè a)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished">Pakèt pou depo (egzakteman sa ki voye pa lapòs oswa prezante)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished">Rapò revizyon (obsèvasyon, atik pou verifye, siyati pou ranmase, lis, apwobasyon; pa pou depo)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">Fraz sekrè revizè a</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Chwazi…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished">Anrejistre nan katab</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished">Ekspòte pakèt la</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Rezilta</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Louvri katab la</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation type="unfinished">Pou kliyan an</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation type="unfinished">Fèy pou kliyan an…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation type="unfinished">Yon PDF kout nan lang kliyan an: dokiman ki manke toujou, sa k ap pase apre e kijan pou jwenn ou. Pa janm dosye pou depo a.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Lang</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation type="unfinished">Angle: pwòp tèks pakèt règ la.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation type="unfinished">{note} Tèks yon tradiktè kalifye poko revize yo make sou fèy la.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation type="unfinished">Anrejistre fèy kliyan an nan</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation type="unfinished">Ap prepare fèy kliyan an…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation type="unfinished">Okenn fèy kliyan pa t ekri</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation type="unfinished">Fèy kliyan an anrejistre: {path}
{pages} paj, {n} dokiman ki manke toujou.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished">Anrejistre pakèt la nan</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished">Chwazi ki kote pou anrejistre (yon kle USB pi bon)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished">Antre fraz sekrè revizè a pou siyen pakèt final la.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished">Ap verifye pakèt la…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished">Ap prepare pakèt la…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished">Okenn pakèt pa t ekri</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bouyon</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished">Final, siyen</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished">Rapò revizyon anrejistre: {path}
{pages} paj; {s} siyati pou ranmase.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished">Rapò entèn — pa pou depo.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">Dosye final ki siyen an anrejistre: {path}
{pages} paj, {name} fè l epi siyen l sou laptop revizè a, epi li rive isit la sele.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished">Pakèt {kind} anrejistre: {path}
{pages} paj, {n} egzibi.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished">Bouyon: ak filigràn e pa siyen — pa pou depo.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"> Siyen pa {s}.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished">✓ Verifye: pakèt la entak.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished">pwoblèm enkoni</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished">✗ Verifikasyon an jwenn pwoblèm: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished">Arab</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished">Dari</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation type="unfinished">Kreyòl ayisyen</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished">Pachto</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Panyòl</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished">Ikrenyen</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform>Ap fèmen nan %n segonn si pa gen aktivite — deplase sourit la oswa peze yon touch pou l rete louvri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation type="unfinished">Lang entèfas la</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">pa fin</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: {percent}% nan tèks li yo tradui; yon lang soti lè li rive 90%.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">Anglè: pwòp tèks pwogram nan.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">konplè ase pou l soti</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">pa fin: yon lang soti lè 90% nan tèks li yo egziste</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">Tradui: ekran {ui}%, liy kòmand {core}%, pakè règ {pack}% (bouyon yo konte). Tèks pou kliyan ki revize: {reviewed} sou {total}; lòt yo make. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">&amp;Nouvo dosye…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation type="unfinished">&amp;Retounen nan dosye yo</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished">&amp;Chèche dosye</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished">&amp;Kopi sekirite…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">Re&amp;tabli yon kopi sekirite…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;Fèmen kòf la</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Soti</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation type="unfinished">Pwofil &amp;revizè…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation type="unfinished">&amp;Enpòte pakèt règ…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished">&amp;Verifye jounal odit</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished">E&amp;kspòte pake…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished">&amp;Enpòte pake…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation type="unfinished">&amp;Resevwa sou rezo sa a…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation type="unfinished">&amp;Voye bay yon laptop sou rezo sa a…</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation type="unfinished">Resevwa men &amp;pa aplike…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">&amp;Paramèt…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished">&amp;Apwopo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished">&amp;Pataje</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;Zouti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Èd</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation type="unfinished">Prensipal</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">Kòf: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation type="unfinished">Règ {id} {version}, nan dat {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation type="unfinished">Poko gen kopi sekirite: fè premye a ak Fichye → Kopi sekirite…</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation type="unfinished">Dènye kopi sekirite {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished">Pa janm fè kopi sekirite</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation type="unfinished">
            <numerusform>pa gen kopi sekirite depi %n jou: Fichye → Kopi sekirite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation type="unfinished">
            <numerusform>Mete sou kote: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation type="unfinished">Resevwa nan lòt laptop epi pa aplike: klike pou wè kisa ak poukisa.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">Pa t kapab anrejistre</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation type="unfinished">Fèmen. Done ki poko t ka anrejistre yo kenbe chifre nan kòf la epi y ap tounen lè w louvri dosye a.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Fèmen apre %n minit san aktivite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished">Chwazi kopi sekirite pou retabli</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Retabli</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation type="unfinished">Fraz sekrè yo te itilize pou fè kopi sekirite a:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation type="unfinished">Kòf la pral fèmen e ranplase pa kopi sekirite a. Kòf aktyèl la pa efase: li mete sou kote nan katab done yo.</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation type="unfinished">Tann jiskaske “{job}” fini, oswa anile l.</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation type="unfinished">Fè echanj ak &amp;hub la</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation type="unfinished">
            <numerusform>Konfli: %n dosye</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation type="unfinished">Chan yo chanje yon fason diferan sou de òdinatè: klike pou regle yo.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation type="unfinished">Dosye {id}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">Nouvo dosye</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prenon</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Non fanmi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Dat nesans</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished">(poko chwazi)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished">&amp;Prenon</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">&amp;Non fanmi</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">&amp;Dat nesans</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished">&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;Rezon</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished">Dosye ki egziste deja sa yo sanble se menm moun nan. Klike de fwa sou youn pou louvri l, oswa kreye nouvo dosye a kanmenm.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished">Dosye ki sanble ki egziste deja</translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">Kreye</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished">dat nesans pa konnen</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished">dosye {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished">Kreye kanmenm</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished">Dat nesans lan nan lavni. Korije l oswa kite l vid.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished">Antre prenon oswa non fanmi benefisyè a.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished">Tanpri tann: “{running}” ap fonksyone toujou. Eseye ankò lè l fini.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Ap anile…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished">Depo ak desizyon</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished">Depoze le</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished">pa egzanp IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished">Nimewo resi (receipt number)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished">Refize</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retire</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished">— poko gen desizyon —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Desizyon</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished">Deside le</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Nimewo I-94</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished">Parole la ekspire le</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished">Make kòm depoze</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished">Make desizyon an</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished">Estati: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished">Dat desizyon an anvan dat depo a.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished">Chwazi desizyon an anvan.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished">Dat desizyon an anvan dat depo a. Korije youn nan yo anvan.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished">Yon apwobasyon bezwen dat parole la ekspire (sou I-94 a oswa avi apwobasyon an). Antre l nan “Parole la ekspire le”.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">Deside</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bouyon</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">Depoze</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">Pare pou revizyon</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished">Ajoute yon parole</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">Modifye</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retire</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">Baz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">Klas</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">Ekspire le</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Nimewo I-94</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished">Parole resevwa le</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">Pwogram</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">Benefis piblik</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished">Rezon imanitè ijan</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished">Benefisyè (moun ki pou resevwa parole la)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">Benefisyè</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished">Benefisyè a fè demann lan pou tèt li</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished">Sinon: moun ki fè demann lan (demandè a). Li pa bezwen viv Ozetazini ni se fanmi.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished">Demandè</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished">Sipòtè finansye {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished">Ajoute yon lòt sipòtè</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">Sipòtè</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished">Yon avoka oswa yon reprezantan akredite reprezante demandè a</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished">Reprezantan</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished">Manm fanmi {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished">Ajoute manm fanmi</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished">Parole pa bay benefis derive: chak manm fanmi k ap vwayaje bezwen pwòp demann pa l. Konekte l isit la ak nimewo dosye li.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">Fanmi</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished">Preparatè (ou menm, volontè a)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished">Entèprèt (si youn te ede)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished">Moun ki siyen pou yon benefisyè ki gen mwens pase 14 an (paran oswa gadyen)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished">Form I-131, Pati 12: òganizasyon preparatè a ak telefòn lajounen (*) obligatwa.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished">Form I-131, Pati 11: ki moun ki li fòm lan pou kliyan an, e nan ki lang.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished">Preparatè ak moun ki siyen</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>%n pou korije</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished">Aparans (Form I-131, Pati 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished">Pou dokiman vwayaj la: jan moun nan dekri tèt li.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished">I-94 ak parole (Form I-131, Pati 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished">Sèlman pou yon moun ki deja Ozetazini (re-parole, parole in place): kopye I-94 a.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished">Ansyen dokiman (Form I-131, Pati 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished">Dokiman vwayaj USCIS te deja bay moun sa a, si genyen.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished">Adrès postal</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished">Adrès jan yo te tape l anvan (yon liy). Fòm lan bezwen l an moso:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished">Konfime moso yo: ranpli yo apati liy sa a</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished">Li pwopoze lari, vil, rejyon, kòd postal ak peyi. Verifye chak: se yon sipozisyon.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished">Adrès kay la (fizik) diferan</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished">Adrès fizik (kote l ap viv)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Wotè</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished">Ansyen ak aktyèl parole (yon liy pou chak, apati I-94 yo):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished">pye</translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished">pous</translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished">Eta ameriken</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished">tape eta a, pa egzanp CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished">12345 oswa 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished">dosye {n}: demann {name}</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished">pa gen dosye {n}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">Fi</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">Gason</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished">Lòt (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— pa bay —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished">— chwazi —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished">pa konekte</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">peyi</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished">tape yon pati nan non an, pa egzanp afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— pa reponn —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— okenn —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished">pa egzanp 8 (bwat fòm lan pran 6 karaktè)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished">jan li ye nan liy paspò machin ka li a</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished">11 karaktè, sou I-94 a</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished">jan li enprime sou I-94 a, pa egzanp DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished">Yon moun</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished">A-Number (Nimewo A), si genyen</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished">Endyen Ameriken oswa Natif Alaska</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished">Yon òganizasyon</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished">Nimewo apatman, swit oswa etaj</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished">Apt. / Ste. / Flr.</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished">Azyatik</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished">Chòv (pa gen cheve)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished">Nimewo bawo (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished">Nwa</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished">Nwa oswa Afro-Ameriken</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished">Blon</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished">Mawon</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished">Vil oswa bouk</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished">Klas admisyon (class of admission)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Peyi</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished">Peyi nesans</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished">Peyi sitwayènte</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished">Peyi kote l ye kounye a</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished">Akreditasyon DOJ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished">Dat emisyon</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Dat nesans</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished">Telefòn lajounen</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished">Telefòn lajounen *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Imèl</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished">Ansyen parole</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished">Etnisite</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished">Èske li te janm gen yon pèmi reantre oswa yon dokiman vwayaj refijye?</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished">Èske li te janm gen yon dokiman advance parole?</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished">Koulè je</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Non fanmi</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished">Non fanmi jan li ye nan paspò a (lèt laten)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">Fòm</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished">Form G-28 depoze ansanm ak demann lan</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished">Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished">Form I-134A (pwogram ki fèmen sèlman)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Prenon</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished">Prenon jan li ye nan paspò a (lèt laten)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished">Gri</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">Vèt</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished">Koulè cheve</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished">Nwazèt</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished">Wotè: pye</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished">Panyòl oswa Latino</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished">I-94 ekspire (admit until)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">Nimewo I-94</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished">Pa lantremiz (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished">Lang yo itilize *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished">Lèt angajman (òganizasyon)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished">Bòdo</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished">Natif Hawaii oswa lòt zile Pasifik</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished">Pa Panyòl ni Latino</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Òganizasyon</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished">Òganizasyon *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished">Òganizasyon oswa kabinè avoka</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished">Òganizasyon ki depoze (si genyen; moun ki anwo a siyen pou li)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished">Lòt non yo te itilize</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished">Paran oswa gadyen legal (relasyon)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished">Ekspirasyon paspò</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">Nimewo paspò</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefòn</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">Woz</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished">Kòd postal / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished">Ras (tout sa ki aplike)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">Wouj</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished">Relasyon ak benefisyè a</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished">Koulè sab</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Sèks</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished">Eta / pwovens / rejyon</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished">Nimewo ak non lari</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished">Sipòtè a se</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished">Benefisyè a li menm</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished">Pwòp demann pa l (nimewo dosye)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished">Estati Ozetazini (sitwayen, LPR, parolee…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished">Enkoni/Lòt</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished">Pwa (liv)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished">Sa k te rive li</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished">Blan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Wi</translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished">pous</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Retire</translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation type="unfinished">Retire moun sa a nan dosye a (Defèt remete l)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished">Menm jan ak demandè a</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished">Demandè a se sipòtè sa a tou: ranpli chan vid yo ak done demandè a</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished">Kòmanse pwòp demann pa l…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished">Yon nouvo dosye ak moun sa a kòm benefisyè, detay komen yo kopye, de demann yo nan yon sèl gwoup fanmi e konekte</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished">Anrejistre demandè a anvan (onglè Demandè).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished">{text} se pa yon {what} ki nan lis la: tape yon pati nan non li epi chwazi l.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished">Apèsi dokiman</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished">◀ Paj anvan</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished">Paj apre ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished">Adapte ak fenèt la</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished">Vire ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished">Vire paj la yon ka adwat (fichye a pa chanje)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished">Fichye sa a pa ka parèt. Petèt li domaje oswa nan yon fòma apèsi a pa li.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">Paj {n} sou {total}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation type="unfinished">LTR</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation type="unfinished">Sa yo mande (Form I-131, Pati 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished">Kalite demann lan, baz legal li ak ki moun ki pote l.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished">Premye parole (moun nan aletranje)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished">Re-parole (deja resevwa parole Ozetazini)</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished">Parole in place (deja Ozetazini)</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished">Kalite demann</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— pa reponn —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished">Wi: pa t kite Ozetazini</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished">Non: te kite Ozetazini depi lè sa a</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished">Re-parole: rete Ozetazini depi parole la te kòmanse</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished">Ozetazini depi …; oswa kilè li te kite epi retounen</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished">Prezans: detay</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished">— poko chwazi —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished">Rezon imanitè ijan</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished">Gwo benefis piblik</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">Baz</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished">Demann prive (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished">Referans yon ajans (yon ajans ameriken parenn li)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished">Ki moun ki pote l</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished">pa egzanp ajans ameriken ki refere dosye a</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished">Ajans parenn</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished">Poko anrejistre</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished">Nan pakèt sa a (fòm ofisyèl la, ranpli)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished">Ap swiv: demandè a ap voye l pita</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished">Sipòtè a voye l pa lapòs li menm</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished">I-134 sipòtè a siyen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished">— chwazi yon rezon —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished">Kategori rezon</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished">Ak pwòp mo fanmi an: sa k te pase, poukisa li ijan kounye a, sa moun nan pral fè Ozetazini ak kijan l ap retounen lakay.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">Deklarasyon</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished">Dat ak dire</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">Dat kle</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished">Yon evènman jou sa a: rive anvan</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished">Yon dat limit: rive jou sa a se alè</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished">Dat kle a se</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished">Evènman: operasyon, odyans, fineray (rive jou a twò ta). Dat limit: fòk rive anvan jou sa a.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished">Sa k ap pase nan dat sa a</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished">Mande tretman ijan (make demann lan EXPEDITE)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">pa bay</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> mwa</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished">Parole nesesè pou</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished">Nesesè lè yo mande plis pase 12 mwa.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished">Poukisa tout tan sa a</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished">Viza ak admisibilite</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished">Poukisa pa gen viza oswa lòt chemen alè</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished">Poukisa yon viza oswa admisyon pa posib</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished">Rezon (make tout sa ki aplike)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished">Rezon inadmisibilite (INA 212(a)) nan lis sa a, soti nan pakèt règ la.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished">Rezon inadmisibilite (INA 212(a)); pakèt règ la poko gen lis.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished">eksepsyon</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished">chwazi nan lis la</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished">eksepsyon an, ak mo pwoklamasyon an</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished">Eksepsyon entèdiksyon antre reklame</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished">Sèlman lè peyi a anba yon sispansyon antre (Proclamation 10949 oswa 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished">Poukisa li aplike, ak prèv pou sa</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished">Eksepsyon: poukisa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished">USCIS (Form I-131, benefisyè a andeyò Etazini)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP nan yon pò antre</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished">Depoze nan</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished">Pò antre</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished">adrès lari pò a</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished">Adrès pò a (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished">HH:MM, pa egzanp 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished">Lè nan pò a</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished">Vil, Peyi — pa egzanp Islamabad, Pakistan</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished">Anbasad oswa konsila ameriken pou avèti</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished">Dat arive prevwa</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished">Kite l vid pou yon demann jeneral ka pa ka</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">Pwogram</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">Frè</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">Peye</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished">Mande egzanpsyon frè (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished">Egzante</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished">Frè depo</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">Papye</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Sou entènèt</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished">Mòd depo</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished">Form G-1450 (kat kredi, debi oswa prepeye)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished">Form G-1650 (debi sou yon kont labank ameriken)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished">Form G-1651 (egzanpsyon peman elektwonik)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished">Form I-912 (egzanpsyon frè olye peman)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished">Peman (depo sou papye)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished">Kat oswa kont labank ki moun k ap peye</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished">Moun k ap peye</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished">Benefisyè a</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished">Demandè a</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished">Yon sipòtè</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished">Reprezantan an</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished">Yon lòt moun (pa nan demann lan)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished">Moun k ap peye a se</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished">Kat la te bay andeyò Etazini (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished">Kont moun k ap peye a nan yon bank ameriken (nesesè pou G-1650)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished">Kliyan an planifye peye l lè yo bay parole la</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished">Yo reklame yon eksepsyon legal</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished">Frè parole (pou peye lè yo bay li)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished">Eksepsyon reklame</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished">Fè pou lèt akonpayman an (sèlman sa kliyan an te di w)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished">Entansyon pou retounen lakay</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished">Lyen ak peyi orijin</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished">Fineray: ki moun ki mouri</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished">Fineray: relasyon ak benefisyè a</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished">Minè: avèk ki moun l ap vwayaje</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished">Minè: relasyon moun k ap akonpaye l la ak timoun nan</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished">Pwoteksyon: poukisa pwosesis refijye pa disponib alè</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished">fòk gen omwen {a} mo; {b} oswa plis rekòmande</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished">{b} mo oswa plis rekòmande</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished">ase long</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished">{n} mo — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished">Louvri ak kle rekiperasyon an</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation type="unfinished">Tape kle rekiperasyon ki sou fèy papye a, epi chwazi yon nouvo fraz sekrè.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Kle rekiperasyon</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Repete nouvo fraz sekrè a</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Retounen</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation type="unfinished">Louvri epi mete fraz sekrè</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished">Nouvo fraz sekrè a twò kout: sèvi ak omwen {n} karaktè.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation type="unfinished">De nouvo fraz sekrè yo pa menm.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation type="unfinished">Kle rekiperasyon sa a pa louvri kòf sa a. Verifye chak gwoup lèt.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">Kle rekiperasyon ou</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation type="unfinished">Si w bliye fraz sekrè a, kle sa a se sèl fason pou louvri kòf la. Ekri l sou papye (oswa enprime l) epi sere l anba kle, lwen òdinatè sa a. Li parèt sèlman kounye a.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Kle rekiperasyon</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished">Mwen ekri l</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Enprime…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Kontinye</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation type="unfinished">Kle rekiperasyon kòf Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation type="unfinished">Enprime le {date}. Sere fèy sa a anba kle, lwen laptop la.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">Enprime</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation type="unfinished">Pa gen enpresyon sou òdinatè sa a. Ekri kle rekiperasyon an ak men.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation type="unfinished">Kle rekiperasyon an enprime sèlman sou yon enprimant, pa janm nan yon fichye (yon fichye ka kopye oswa senkronize). Chwazi yon enprimant, oswa ekri kle a ak men.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished">Retire nan dosye sa a</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished">Sa yo retire nan dosye sa a rete nan kòf la, ak fichye li, jiskaske dosye a apwouve. Chwazi youn epi remete l.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished">Remete</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished">moun</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">dokiman</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished">{kind}: {label} — retire {when} pa {who}</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished">Pa remete</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished">Sispann prepare paj egzibi yo kounye a; yon ekspòtasyon pakèt ap prepare sa ki manke</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished">Ap prepare paj egzibi ak miniati: {done} sou {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished">Ap sispann…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished">Revizè a li tout demann lan ak prèv yo, epi li apwouve ak pwòp fraz sekrè pa l. Yon chanjman pita nan demann lan oswa dokiman li yo mete apwobasyon an sou kote jiskaske demann lan tounen egzakteman jan li te siyen an, oswa revizè a siyen ankò.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">Revizè</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">Fraz sekrè revizè a</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished">Poko gen pwofil revizè. Yon revizè kreye youn nan paramèt Revizè yo.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Lis ofisyèl</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished">Avètisman revizè a aksepte</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished">✓ {name} ({role} {number}) nan lis la — kle {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished">✗ Pa ka siyen: {why}. Kle {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished">Poukisa sa akseptab (obligatwa)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished">Poko apwouve.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished">⚠ APWOBASYON AN ANILE — {reason}.
Siyen pa {who} le {when}. Revizè a dwe revize dosye a ankò epi apwouve l ankò.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished">✓ Apwouve pa {who} le {when} ak pakèt règ {pack} {version}.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished">Avètisman aksepte:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished">Chwazi yon revizè anvan.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished">Ap apwouve</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished">Pa apwouve</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished">Pwofil revizè</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished">Avoka, reprezantan akredite ak sipèvizè ki apwouve demann yo. Kle siyati chak revizè pwoteje ak pwòp fraz sekrè pa l, se li sèl ki dwe konnen l.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished">Revizè</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished">Enpòte lis ofisyèl òganizasyon an…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished">Ekri demann enskripsyon…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished">Enpòte ID dijital (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished">Nouvo revizè</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished">Fraz sekrè revizè</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished">Repete fraz sekrè revizè a</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;Wòl</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished">Nimewo &amp;bawo / akreditasyon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">Ò&amp;ganizasyon</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Fraz sekrè</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished">Re&amp;pete fraz sekrè</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished">Kreye revizè</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished">Poko gen lis ofisyèl òganizasyon: pèsonn pa ka apwouve jiskaske yo enpòte lis administratè òganizasyon an siyen. Yon avoka ki travay pou kont li se pwòp òganizasyon pa l (gade docs/security.md).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished">Òganizasyon ou fè konfyans: {org}{demo} · vèsyon lis {v} · anprent òganizasyon {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"> (DEMO)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished">ID pou siyen PDF</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished">kle {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished">✓ nan lis ofisyèl la</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished">✗ pa ka siyen: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished">Fraz sekrè revizè a bezwen omwen {n} karaktè.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">De fraz sekrè yo pa menm.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished">Ap kreye kle revizè a…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished">Chwazi lis ofisyèl òganizasyon an</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished">Lis ofisyèl (*.json);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Lis ofisyèl</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished">Vèsyon {v} lis ofisyèl {org} an sèvis kounye a.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished">Enskripsyon</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished">Fraz sekrè revizè a:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished">Anrejistre demann enskripsyon an</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">Enskripsyon (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished">Bay administratè òganizasyon an fichye a epi li anprent kle sa a ba li nan telefòn oswa an pèsòn: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished">Chwazi ID dijital la</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished">ID dijital (*.p12 *.pfx);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished">ID dijital</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished">Modpas fichye ID dijital la:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished">Ap enpòte ID dijital la…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished">ID dijital la pral siyen pakèt revizè sa a.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Paramèt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Lang</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished">&amp;Lang entèfas la</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation type="unfinished">Meni, ekran ak mesaj chanje touswit. Pakèt pou depo a (fòm ak lèt) rete an anglè.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished">Sekirite</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Fèmen apre kèk minit san aktivite</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation type="unfinished">&amp;Fèmen si pa gen aktivite pandan</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation type="unfinished">Chanje kle…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation type="unfinished">Lè fraz sekrè a oswa yon ansyen fichye kle ka konnen pa yon moun: yon nouvo kle prensipal, ansyen kopi yo sispann mache.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished">Kle rekiperasyon…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Kle</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">Kopi sekirite</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation type="unfinished">Yon kopi sekirite se yon sèl fichye chifre. Kenbe l sou yon kle USB ki sere lwen laptop la; li louvri sèlman ak fraz sekrè kòf sa a.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished">Fè kopi kounye a…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation type="unfinished">Laptop sa a (pataje dosye)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished">Non laptop sa a</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;Non</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished">Anprent laptop sa a</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Anprent</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Lis ofisyèl</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation type="unfinished">Anrejistre enskripsyon pou administratè a…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation type="unfinished">Yon fichye ak kle piblik laptop sa a. Administratè òganizasyon an mete l nan lis la apre li fin konpare anprent lan (li awotvwa oswa eskane nan kòd QR a).</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation type="unfinished">Kòd QR anprent laptop sa a</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation type="unfinished">Anrejistre enskripsyon laptop sa a</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">Enskripsyon (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation type="unfinished">Enskripsyon pa anrejistre</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation type="unfinished">Enskripsyon anrejistre</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation type="unfinished">Bay administratè òganizasyon an {file} epi konpare anprent sa a ak pa l: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished">Yo poko janm fè kopi sekirite kòf sa a.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished">Dènye kopi sekirite: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation type="unfinished">Fè premye kopi sekirite a sou yon kle USB lè w kapab.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation type="unfinished">Tanpri fè yon kopi sekirite kounye a.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished">Paramèt pa anrejistre</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation type="unfinished">Hub òganizasyon an</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation type="unfinished">Adrès hub la</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">&amp;Adrès</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation type="unfinished">Non itilizatè sit la sou hub la</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation type="unfinished">Non &amp;itilizatè sit la</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation type="unfinished">Sere modpas la nan tichèn kle òdinatè sa a…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation type="unfinished">Administratè òganizasyon an bay adrès la, non itilizatè a ak modpas la. Pataje → Fè echanj ak hub la voye travay òdinatè sa a epi pran travay lòt yo.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished">Modpas hub la</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation type="unfinished">Modpas itilizatè hub «{user}»:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation type="unfinished">Òdinatè sa a pa gen tichèn kle pou kenbe modpas la (sa komen sou Linux san tichèn kle biwo). Anyen pa t sere. Pito sa, lanse Parole Desktop ak PAROLE_HUB_USER ak PAROLE_HUB_PASSWORD defini nan anviwònman li.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished">Modpas itilizatè hub «{user}» kenbe nan tichèn kle òdinatè sa a.</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished">Chanje demann ki siyen an…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished">apwobasyon revizè a</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished">apwobasyon {name} le {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished">Demann sa a koresponn ak {who}. Nenpòt chanjman ou fè kounye a mete apwobasyon sa a sou kote jiskaske demann lan tounen jan li te siyen an oswa revizè a siyen ankò.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished">Apwouve: demann sa a koresponn ak {who}. Chan li yo bloke pou yon erè klavye pa mete apwobasyon an sou kote.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished">{who} pa koresponn ak demann sa a ankò: yo chanje l apre revizè a te siyen. Mande revizè a revize epi siyen ankò.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"> ak {n} lòt</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished">{who} pa koresponn ankò: yo chanje {fields}. Defèt chanjman sa yo pou retabli apwobasyon an, oswa mande revizè a siyen ankò.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished">yon chan</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished">Chanje yon demann ki siyen</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished">Demann sa a koresponn ak {who}. Si w chanje kèlkeswa sa, apwobasyon an ap mete sou kote: yo pa ka ekspòte demann lan kòm final jiskaske li tounen egzakteman jan li te siyen an oswa revizè a siyen ankò.

Chanje demann lan?</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished">W ap chanje yon demann ki siyen ({who}). Chan ki chanje yo parèt isit la pandan w ap tape.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Defèt</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation type="unfinished">Remete l (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished">Kache</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished">Remete.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished">Louvri kòf la</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">Kòf: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Fraz sekrè</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation type="unfinished">Sèvi ak kle rekiperasyon</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation type="unfinished">Louvri kanmenm</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Louvri</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation type="unfinished">Kòf DEMO ak dosye envante. Fraz sekrè: {passphrase} — pa mete vrè done kliyan ladan l; lanse san --demo pou pwòp kòf ou.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation type="unfinished">Fraz sekrè revizè demo a: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation type="unfinished">Fè sa sèlman si kòf la pa louvri sou lòt òdinatè a ankò (li te kraze, oswa yo te rache kle USB a). De òdinatè k ap ekri nan yon sèl kòf ka pèdi travay.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation type="unfinished">Move fraz sekrè. Ou ka eseye ankò nan {n} s.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation type="unfinished">Louvri ({n} s)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">Move fraz sekrè. Verifye Caps Lock ak lang klavye a, epi eseye ankò.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform>Jounal odit la entak: %n antre, okenn pa chanje ni retire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform>Jounal odit la gen pwoblèm (%n antre verifye):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished">N ap kreye kòf demo a…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Kontinye</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation type="unfinished">Parole Desktop</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation type="unfinished">Reprezantan akredite</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished">Avoka</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP nan yon pò antre</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">Deside</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bouyon</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished">Inite fanmi</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">Depoze</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished">Fineray</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished">Pwosedi legal</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished">Tretman medikal</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished">Donatè ògàn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Lòt</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished">Pwoteksyon</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">Benefis piblik</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">Pare pou revizyon</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">Sipèvizè</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished">USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished">Vizite yon fanmi ki malad</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">tradiksyon an twò ansyen: li parèt an anglè</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">poko tradui: li parèt an anglè</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* poko revize: yon bouyon tradiksyon yon tradiktè kalifye poko verifye.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">Poko revize: yon bouyon tradiksyon yon tradiktè kalifye poko verifye.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">An anglè, jan li anrejistre: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">An anglè: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation type="unfinished">Chanjman dosye</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished">Fichye prèv</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished">Apwobasyon</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation type="unfinished">Pake règ</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation type="unfinished">Depo siyen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Resevwa</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Soti nan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Eta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished">Laptop enkoni</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">Ap tann</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation type="unfinished">Mete sou kote</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation type="unfinished">Resevwa men pa aplike</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished">Kopye rezon an</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation type="unfinished">Anyen ki resevwa pa mete sou kote.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Sa lòt laptop yo voye ke laptop sa a pa aplike, ak poukisa. Sa ki mete sou kote pa janm aplike; sa k ap tann ap pran depi sa li depann de li a rive.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished">Fè òganizasyon sa a konfyans?</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished">Premye lis ofisyèl pou kòf sa a: {org}.
Tape anprent kle òganizasyon an administratè a te ba ou nan telefòn oswa an pèsòn (32 karaktè oswa plis). Anyen p ap jwenn konfyans si li diferan.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">Ap fè kopi sekirite kòf la…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished">Pake Parole Desktop (*.pdbundle);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished">nenpòt laptop òganizasyon an</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished">Pake a pa gen anyen nouvo: dapre sa laptop sa a konnen, yo gen tout sa li genyen deja. Li toujou pote konfimasyon laptop sa a.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished">{count} objè sele, {size} KB.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished">Pake nimewo {number} pou {who} ekri nan:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Pake nimewo {number} soti nan “{sender}” enpòte.

Aplike: {applied}
Ap tann sa yo depann de li: {waiting}
Deja la: {duplicate}
Mete sou kote (karantèn): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">Mete sou kote, ak poukisa:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Sa k ap tann yo kenbe e yo pran l depi sa li depann de li a rive.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished">Ekspòte yon pake nan…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished">Ekspòte pake</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">Ap ekri pake a…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished">Ki pake pou enpòte?</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished">Enpòte pake</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation type="unfinished">Ap enpòte pake a…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation type="unfinished">Kòd pou echanj sa a</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation type="unfinished">“{peer}” vle fè echanj ak laptop sa a. Aksepte sèlman si laptop k ap voye a montre menm kòd la:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation type="unfinished">Konekte ak “{peer}”. Verifye li montre menm kòd la; moun ki la a se li ki aksepte l:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">Aksepte</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished">Refize</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation type="unfinished">Ap resevwa: {count} objè…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished">Ap tann yon laptop òganizasyon an.

Sou laptop k ap voye a, chwazi Pataje → Voye bay yon laptop sou rezo sa a… epi tape:
{addresses}

Anprent laptop sa a: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation type="unfinished">Ap voye: {done} sou {total} objè…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation type="unfinished">Ap resevwa: {done} sou {total} objè…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Echanj ak “{peer}” fèt.

Voye: {sent}
Aplike: {applied}
Ap tann sa yo depann de li: {waiting}
Deja la: {duplicate}
Mete sou kote (karantèn): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation type="unfinished">Li kanpe nan mitan wout: sa ki te pase rete sou tou de laptop yo; fè echanj ankò pou fini.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation type="unfinished">Resevwa sou rezo sa a</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation type="unfinished">Ap resevwa sou rezo sa a…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation type="unfinished">Voye bay yon laptop sou rezo sa a</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation type="unfinished">Adrès laptop k ap resevwa a montre (egz. 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation type="unfinished">Ap fè echanj sou rezo sa a…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation type="unfinished">N ap gade hub la…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation type="unfinished">N ap voye travay òdinatè sa a: {done} sou {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation type="unfinished">N ap resevwa travay lòt òdinatè yo: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">Voye bay hub la: {sent}

Resevwa nan hub la:
Aplike: {applied}
Ap tann sa yo depann de li: {waiting}
Te deja la: {duplicate}
Mete sou kote (karantèn): {quarantined}</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation type="unfinished">Anile. Sa ki te deja voye oswa resevwa rete; fè echanj ak hub la ankò pou fini.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation type="unfinished">Nou pa ka rive jwenn hub la: tcheke si òdinatè sa a sou rezo a epi si adrès hub la nan Paramèt → Hub òganizasyon an kòrèk.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation type="unfinished">Hub la refize non itilizatè a oswa modpas la: tcheke toude nan Paramèt → Hub òganizasyon an (administratè òganizasyon an ka ba ou modpas la ankò).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation type="unfinished">Hub la poko pare pou Parole Desktop: administratè òganizasyon an lanse «hub init» yon fwa sou li, epi eseye ankò.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation type="unfinished">Pa gen okenn hub òganizasyon ki konfigire sou òdinatè sa a: bay adrès li ak non itilizatè sit la nan Paramèt → Hub òganizasyon an.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation type="unfinished">Pa gen modpas pou hub la sou òdinatè sa a: sere l ak Paramèt → Hub òganizasyon an → Sere modpas la nan tichèn kle òdinatè sa a…, oswa lanse aplikasyon an ak PAROLE_HUB_PASSWORD defini.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation type="unfinished">Fè echanj ak hub la</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation type="unfinished">N ap fè echanj ak hub la…</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation type="unfinished">Dosye ki gen chan ki chanje yon fason diferan sou de òdinatè: {count}. Konfli nan ba estati a louvri yo.</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">Mete sou kote, ak poukisa:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">Sa k ap tann yo rete, epi yo pran yo depi sa yo depann de li a rive.</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished">Kopi sekirite Parole Desktop (*.pdbackup);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">Kopi sekirite</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished">Kopi sekirite ekri e verifye:
{path}

{cases} dosye, {files} fichye, {size:.1f} MB.
Dènye kopi sekirite: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">Ranplase l</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">Ap fè kopi sekirite kòf la…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished">Fè kopi sekirite kòf la nan…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">Retabli</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished">Kopi sekirite a retabli. Louvri l ak fraz sekrè yo te itilize pou fè l la.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished">Ansyen kòf la mete sou kote nan:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished">Retabli lòt kòf la</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Ap retabli kopi sekirite a…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished">Nouvo kle rekiperasyon</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished">Fè yon nouvo kle rekiperasyon? Ansyen an p ap louvri kòf sa a ankò. Fè sa lè yon moun ka te wè ansyen an oswa li pèdi.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished">Fè yon nouvo kle rekiperasyon</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished">Ekri kle rekiperasyon sa a (oswa enprime fenèt sa a) epi kenbe l lwen laptop la. Li parèt sèlman kounye a:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished">Chanje kle yo</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished">Chanje kle yo fè kopi ansyen fichye kle a ak ansyen kle rekiperasyon an initil pou kòf sa a. Kopi sekirite ki te fèt anvan kenbe ansyen kle yo: fè yon nouvo kopi sekirite apre.

Fraz sekrè kòf la:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished">Ap rechifre fichye yo…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished">Ap chanje kle kòf la…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished">Enpòte yon pakèt règ siyen</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished">Pakèt règ (*.json *.signed.json *.pack);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished">Pakèt règ refize</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished">Pakèt règ la pa t enpòte:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished">Pakèt règ enpòte</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished">Enpòte {id} vèsyon {version}, nan dat {as_of}.
Preparasyon verifye ak pakèt ki pi nouvo a apati pwochen fwa w louvri kòf la.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Jounal odit</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished">Apwopo {app}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished">Tèks la refize: {why}.</translation>
    </message>
</context>
</TS>
