<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation>Haga cada pregunta y anote la respuesta tal como se da. Todo «sí» se señala al revisor; explíquelo abajo.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation>Preguntas de antecedentes (Formulario I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation>Si es sí: qué pasó, cuándo, dónde y cuál fue el resultado</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation>Explicación de este «sí»</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation>Para cada «sí»: qué pasó, cuándo, dónde y cuál fue el resultado.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation>¿Ha sido el beneficiario alguna vez arrestado, acusado o condenado por un delito en cualquier lugar?</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation>¿Ha violado el beneficiario alguna vez la ley de inmigración de EE. UU. (p. ej., permaneció más tiempo del autorizado)?</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation>¿Está el beneficiario ahora en un proceso de expulsión (deportación) en EE. UU.?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation>¿Se le negó alguna vez una visa de EE. UU. al beneficiario?</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation>¿Fue el beneficiario alguna vez expulsado o deportado de EE. UU.?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation>Buscar casos por nombre o número de pasaporte</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation>Buscar nombres o números de pasaporte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filtro de motivo</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de vía</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todas las vías</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation>
            <numerusform>Fecha clave en %n día</numerusform>
            <numerusform>Fecha clave en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>Ningún caso coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation>Aún no hay casos. Elija Archivo → Nuevo caso (Ctrl+N) para iniciar una solicitud.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ conflicto</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation>{date} ⚠ vencido</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation>{date} ⚠ {days} d</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation>El parole vence pronto: hable a tiempo con el beneficiario sobre un nuevo parole (re-parole).</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">Dos computadoras cambiaron este caso de forma distinta: ábralo para elegir qué valor conservar.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nacido el {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation>Grupo familiar</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Fecha clave</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation>Vencimiento del parole</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation>← Casos</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation>Quitados…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation>Personas y documentos quitados de este caso, guardados hasta la aprobación: vuelva a poner uno</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó a {name}.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation>un parole</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation>Se quitó el parole {what}.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation>Se quitó el documento «{title}».</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>No guardado: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation>No guardado: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>no es un valor válido</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation>Este caso tenía datos sin guardar cuando se bloqueó la bóveda. Se conservaron cifrados en la bóveda y están de nuevo en los campos: revíselos.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation>Datos sin guardar restaurados</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation>Guardando en breve…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation>los anexos</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation>Escriba primero el nombre del familiar.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation>Se inició el caso {n} para {name}, con los datos comunes copiados. Ambas solicitudes están en un mismo grupo familiar.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation>Solicitud del familiar</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation>Verificando la solicitud y cada archivo adjunto…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Ejecutando las verificaciones</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulada</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n por corregir</numerusform>
            <numerusform>%n por corregir</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation>Motivo y declaración</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>Revisión y aprobación</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation>Haga doble clic en una observación (o pulse Intro) para ir al campo al que se refiere.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation>&lt;b&gt;Paquete de reglas {id} {version}&lt;/b&gt;, vigente al {as_of}.&lt;br&gt;Las verificaciones indican lo que falta; el revisor decide. Nada de esto es asesoría legal.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation>{f} por corregir antes de la revisión · {w} advertencia(s)</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation>Nada impide la revisión · {w} advertencia(s). El revisor decide.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation>  [verificar antes de presentar]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation>Verificar antes de presentar: cifras del paquete de reglas ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Debe corregirse</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">Campo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">Original</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">Esta computadora</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">Recibido</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>caso eliminado</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation>caso conservado, con sus cambios</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">Otra computadora cambió {n} campo(s) de este caso de forma distinta. Hasta que usted elija, el caso conserva los valores de esta computadora y no se puede aprobar.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation>Parole Desktop: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation>Ocurrió un error que no debería pasar. Todo lo ya guardado está a salvo en la bóveda.
Copie los detalles de abajo y envíelos a quien da soporte a las computadoras portátiles de su organización. No contienen datos de casos.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation>La carpeta de registros es {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation>Los casos se guardan en una bóveda cifrada en esta computadora. Elija una frase de contraseña: unas cuantas palabras que usted recuerde y que nadie pueda adivinar. Sin ella (o sin la clave de recuperación que se muestra a continuación) nadie podrá abrir los casos, ni siquiera usted.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation>Al menos {n} caracteres; lo mejor es una frase de varias palabras.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation>AAAA/MM/DD (calendario solar hijri), o déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation>AAAA/MM/DD (calendario solar hijri)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation>Calendario solar hijri: activado. Escriba la fecha tal como la da el cliente (1370/05/12); la fecha gregoriana se muestra al lado y es la que se guarda. Haga clic (o Ctrl+J) para fechas gregorianas.</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation>Calendario gregoriano para esta fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation>AAAA-MM-DD, o déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation>Calendario solar hijri: desactivado. Haga clic (o Ctrl+J) para escribir la fecha tal como la da el cliente en el calendario solar hijri.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation>Calendario solar hijri para esta fecha</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation>«{text}» no es una fecha. Escríbala como AAAA-MM-DD (2026-12-31) o {local}, o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation>«{text}»: {year} es un año gregoriano. Escriba la fecha tal como la da el cliente en el calendario solar hijri, o desactive el calendario solar hijri para este campo (el botón del sol).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation>«{text}»: el año debe tener cuatro cifras, de 1200 a 1599 (por ejemplo 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation>«{text}»: no existe el mes {month}; los meses van del 1 al 12.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation>«{text}»: {year} no es un año bisiesto, así que su último mes (Hut, Esfand) tiene 29 días.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation>«{text}»: el mes {month} de {year} tiene {days} días.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation>«{text}» no es una fecha del calendario solar hijri. Escríbala como año/mes/día (1370/05/12), o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation>Se guarda como {date} (gregoriano)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation>BÓVEDA DE DEMOSTRACIÓN — solo casos ficticios. No ingrese datos reales de clientes; inicie la aplicación sin --demo para usar su propia bóveda.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation>Documento seleccionado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation>Elemento de la lista / tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation>— no es una traducción —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation>Traducción al inglés de</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation>El traductor certificó que la traducción es completa y exacta</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation>Documento de un tercero que nombra al beneficiario</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation>El documento original</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation>Una copia certificada</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation>Un escaneo</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation>Una foto tomada con el teléfono</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation>Este archivo es</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation>Lo que dice el propio documento (se coteja con los datos de las personas):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation>el nombre tal como está escrito en el documento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation>Rellenar con la línea del pasaporte del texto del documento</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation>Lee la línea de lectura mecánica de un pasaporte en la capa de texto del documento (un PDF con texto; una foto o un escaneo simple no la tienen) y rellena los campos vacíos de arriba. Revise lo que rellena.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation>Leyendo el texto del documento…</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>número de pasaporte</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation>Rellenado con la línea del pasaporte del documento: {what}. Compárelo con el documento.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation>Los campos ya tienen lo que usted escribió: no se cambió nada.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation>No se encontró una línea de pasaporte en el texto del documento (una foto o un escaneo simple no tiene texto): escriba lo que dice el documento.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation>
            <numerusform> · %n página</numerusform>
            <numerusform> · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation>&lt;b&gt;Lista de documentos&lt;/b&gt; (del paquete de reglas)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation>Los archivos nuevos son:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation>O suelte los archivos aquí. Los archivos se cifran dentro de la bóveda; los originales quedan donde están.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Quitar del caso</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation>✓ adjunto</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation>⚠ traducir</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ falta</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation>⚠ revisar</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation>○ aún no</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation>Necesario, pero antes hay otra verificación (vea el paso Verificaciones).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation>Un documento en otro idioma necesita una traducción certificada al inglés.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation>traducción de: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation>✓ se imprime</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation>✗ no se puede imprimir: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation>? impresión aún sin verificar (ejecute la verificación completa)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation>Cifrando {name} en la bóveda…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation>Cancelado: los archivos restantes no se añadieron.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Añadiendo archivos</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation>Documentos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation>Leyendo el texto del documento…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation>No se pudo leer el texto del documento: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation> (verificar antes de presentar)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation>Borrador (con marca de agua, para que lo lean el revisor y la familia)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation>Final (requiere una aprobación válida; firmado con la identidad digital del revisor)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation>Expediente para presentar (exactamente lo que se envía o se entrega)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation>Registro de revisión (observaciones, puntos por verificar, firmas por recoger, lista de documentos, aprobación; no se presenta)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation>Frase de contraseña del revisor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Guardar en la carpeta</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation>Exportar expediente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>Para el cliente</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation>Hoja para el cliente…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation>Un PDF breve en el idioma del cliente: los documentos que faltan, qué pasa después y cómo comunicarse con ustedes. Nunca la solicitud.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation>Inglés: el texto propio del paquete de reglas.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation>{note} Los textos que un traductor calificado todavía no ha revisado están marcados en la hoja.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation>Guardar la hoja para el cliente en</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation>Preparando la hoja para el cliente…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation>No se escribió ninguna hoja para el cliente</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation>Hoja para el cliente guardada: {path}
{pages} página(s), {n} documento(s) que todavía faltan.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation>Guardar el expediente en</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation>Elija dónde guardar (lo mejor es una memoria USB)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation>Escriba la frase de contraseña del revisor para firmar el expediente final.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation>Verificando el expediente…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation>Preparando el expediente…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation>No se escribió ningún expediente</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation>Final, firmado</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation>Registro de revisión guardado: {path}
{pages} páginas; {s} firmas por recoger.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation>Registro interno — no se presenta.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">Paquete final firmado guardado: {path}
{pages} páginas, preparado y firmado en la laptop de la revisora o el revisor por {name} y recibido aquí sellado.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation>Expediente guardado ({kind}): {path}
{pages} páginas, {n} anexos.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation>Borrador: con marca de agua y sin firmar — no se presenta.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation> Firmado por {s}.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation>✓ Verificado: el expediente está íntegro.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation>✗ La verificación encontró problemas: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation>
            <numerusform>Se bloquea en %n segundo sin uso — mueva el ratón o pulse una tecla para que siga desbloqueada.</numerusform>
            <numerusform>Se bloquea en %n segundos sin uso — mueva el ratón o pulse una tecla para que siga desbloqueada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">incompleto</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: {percent}% de sus textos están traducidos; un idioma se publica al 90%.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">Inglés: los textos propios del programa.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">lo bastante completo para publicarse</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">incompleto: un idioma se publica cuando existe el 90% de sus textos</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">Traducido: pantallas {ui}%, línea de comandos {core}%, paquete de reglas {pack}% (los borradores cuentan). Textos para el cliente revisados: {reviewed} de {total}; los demás van marcados. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;Volver a los casos</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Res&amp;paldar…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation>&amp;Perfiles de revisores…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation>&amp;Importar paquete de reglas…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar lote…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar lote…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation>&amp;Recibir en esta red…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation>&amp;Enviar a una computadora de esta red…</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation>Intercambiar con el &amp;hub</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation>Recibido pero &amp;no aplicado…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Bóveda: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation>Reglas {id} {version}, vigentes al {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation>Aún no hay copia de seguridad: haga la primera con Archivo → Copia de seguridad…</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation>Último respaldo: {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Nunca respaldada</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation>
            <numerusform>sin respaldo en %n día: Archivo → Respaldar…</numerusform>
            <numerusform>sin respaldo en %n días: Archivo → Respaldar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation>
            <numerusform>Apartado: %n</numerusform>
            <numerusform>Apartados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation>Recibido de otros portátiles y no aplicado: haga clic para ver qué y por qué.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation>Bloqueada. Los datos que aún no se pudieron guardar se conservan cifrados en la bóveda y vuelven cuando abra el caso.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Bloqueada tras %n minuto sin uso.</numerusform>
            <numerusform>Bloqueada tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>La frase de contraseña con la que se hizo la copia de seguridad:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation>La bóveda se bloqueará y será reemplazada por la copia de seguridad. La bóveda actual no se borra: se guarda aparte en la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation>
            <numerusform>Conflictos: %n caso</numerusform>
            <numerusform>Conflictos: %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation>Campos cambiados de forma distinta en dos computadoras: haga clic para resolverlos.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Caso {id}</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation>Espere a que termine «{job}» o cancélelo.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(aún sin elegir)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellido(s)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation>Estos casos existentes parecen ser de la misma persona. Haga doble clic en uno para abrirlo, o cree el caso nuevo de todos modos.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation>Casos existentes parecidos</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation>caso {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation>La fecha de nacimiento está en el futuro. Corríjala o déjela vacía.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation>Escriba el nombre o el apellido del beneficiario.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation>Espere: «{running}» todavía está en curso. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation>Presentación y decisión</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation>p. ej., IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation>— aún sin decisión —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation>Número del I-94</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation>El parole vence el</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation>Marcar como presentada</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation>Marcar como decidida</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation>La fecha de la decisión es anterior a la fecha de presentación.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation>Elija primero la decisión.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation>La fecha de la decisión es anterior a la fecha de presentación. Corrija primero una de las dos.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation>Una aprobación necesita la fecha en que vence el parole (en el I-94 o en la notificación de aprobación). Escríbala en «El parole vence el».</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobada por el revisor</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation>Añadir un parole</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation>Número del I-94</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation>Parole otorgado el</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation>Beneficio público</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation>Humanitario urgente</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation>Beneficiario (la persona que recibiría el parole)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation>El beneficiario presenta la solicitud por sí mismo</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation>Si no: la persona que presenta la solicitud (el solicitante). No necesita vivir en EE. UU. ni ser pariente.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation>Patrocinador financiero {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation>Añadir otro patrocinador</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation>Un abogado o representante acreditado representa al solicitante</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation>Familiar {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>Añadir familiar</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation>El parole no otorga beneficios derivados: cada familiar que viaje necesita su propia solicitud. Vincúlela aquí por su número de caso.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation>Preparador (usted, el voluntario)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation>Intérprete (si alguno ayudó)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation>Firmante por un beneficiario menor de 14 años (padre, madre o tutor)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation>Form I-131, Parte 12: la organización y el teléfono diurno del preparador (*) son obligatorios.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation>Form I-131, Parte 11: quién le leyó el formulario al cliente y en qué idioma.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation>Preparador y firmantes</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n por corregir</numerusform>
            <numerusform>%n por corregir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation>Rasgos físicos (Form I-131, Parte 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation>Para el documento de viaje: tal como la persona se describe.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation>I-94 y paroles (Form I-131, Parte 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation>Solo para quien ya está en EE. UU. (re-parole, parole in place): copie el I-94.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation>Documentos anteriores (Form I-131, Parte 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation>Documentos de viaje que USCIS le otorgó antes a esta persona, si los hay.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation>Dirección tal como se escribió antes (una línea). El formulario la necesita por partes:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation>Confirmar las partes: rellenarlas a partir de esta línea</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation>Propone calle, ciudad, región, código postal y país. Revise cada uno: es una suposición.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation>La dirección del domicilio (física) es distinta</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation>Dirección física (donde vive)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation>Paroles anteriores y actuales (una fila cada uno, según los I-94):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation>pies</translation>
    </message>
    <message>
        <source>in</source>
        <translation>pulg.</translation>
    </message>
    <message>
        <source>US state</source>
        <translation>Estado de EE. UU.</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation>escriba el estado, p. ej., CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation>12345 o 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation>caso {n}: solicitud de {name}</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation>no existe el caso {n}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation>Otro (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— no indicado —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation>escriba parte del nombre, p. ej., afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation>p. ej. 8 (la casilla del formulario admite 6 caracteres)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation>como en la zona de lectura mecánica del pasaporte</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation>11 caracteres, en el I-94</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation>como aparece en el I-94, p. ej., DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation>Número A (A-Number), si tiene</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation>Una organización</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation>Número de apartamento, oficina o piso</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation>Apt. / Ste. / Flr. (apartamento / oficina / piso)</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation>Calvo (sin cabello)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation>Número de colegiado (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation>Rubio</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Ciudad o pueblo</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation>Clase de admisión</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation>País de ciudadanía</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation>País donde se encuentra ahora</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation>Acreditación del DOJ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation>Teléfono diurno</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation>Teléfono diurno *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation>Paroles anteriores</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation>¿Ha tenido alguna vez un permiso de reingreso o un documento de viaje de refugiado?</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation>¿Ha tenido alguna vez un documento de advance parole (permiso adelantado)?</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation>Color de ojos</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation>Apellido(s) como en el pasaporte (letras latinas)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation>El Form G-28 se presenta con la solicitud</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation>Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation>Form I-134A (solo programas cerrados)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation>Nombre(s) como en el pasaporte (letras latinas)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>Color de cabello</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation>Avellana</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation>Estatura: pies</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation>El I-94 vence (admitido hasta)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation>Número del I-94</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation>A cargo de (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation>Idioma usado *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation>Carta de compromiso (organización)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>Granate</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation>Nativo de Hawái u otra isla del Pacífico</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation>No hispano ni latino</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation>Organización *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation>Organización o bufete de abogados</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation>Organización que presenta la solicitud (si la hay; firma por ella la persona de arriba)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation>Otros nombres usados</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation>Padre, madre o tutor legal (parentesco)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Vencimiento del pasaporte</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosado</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation>Código postal / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation>Raza (todas las que correspondan)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Pelirrojo</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation>Parentesco o relación con el beneficiario</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation>Rubio rojizo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation>Estado / provincia / región</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation>Número y nombre de la calle</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation>El patrocinador es</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation>El propio beneficiario</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation>Su propia solicitud (número de caso)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation>Estatus en EE. UU. (ciudadano, residente permanente, con parole…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation>Desconocido/Otro</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation>Peso (libras)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation>Qué pasó con él</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation>Quitar a esta persona del caso («Deshacer» la vuelve a poner)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation>Igual que el solicitante</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation>El solicitante también es este patrocinador: rellenar los campos vacíos con los datos del solicitante</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation>Iniciar su propia solicitud…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation>Un caso nuevo con esta persona como beneficiario, con los datos comunes copiados y ambas solicitudes vinculadas en un mismo grupo familiar</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation>Registre primero al solicitante (pestaña Solicitante).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation>{text} no es un {what} de la lista: escriba parte del nombre y elíjalo.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation>Girar ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation>Girar la página un cuarto a la derecha (el archivo no se modifica)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation>Este archivo no se puede mostrar. Puede estar dañado o en un formato que la vista previa no lee.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation>Qué se pide (Form I-131, Parte 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation>El tipo de solicitud, su fundamento legal y quién la presenta.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation>Primer parole (la persona está en el extranjero)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation>Re-parole (ya ingresó a EE. UU. con parole)</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation>Parole in place (ya está en EE. UU.)</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation>Sí: no ha salido de EE. UU.</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation>No: ha salido de EE. UU. desde entonces</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation>Re-parole: ha permanecido en EE. UU. desde que empezó el parole</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation>en EE. UU. desde …; o cuándo salió y volvió</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation>Presencia: detalles</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation>— aún sin elegir —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation>Razones humanitarias urgentes (parole humanitario)</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation>Beneficio público significativo</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation>Solicitud privada (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation>Remisión de una agencia (la patrocina una agencia de EE. UU.)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation>Quién la presenta</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation>p. ej., la agencia de EE. UU. que remite el caso</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation>Agencia patrocinadora</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Aún no registrado</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation>En este expediente (el formulario oficial, llenado)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation>Se enviará después: el solicitante lo manda más tarde</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation>El patrocinador lo envía por su cuenta</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation>Form I-134 firmado por el patrocinador</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— elija un motivo —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Categoría del motivo</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation>Con las propias palabras de la familia: qué pasó, por qué es urgente ahora, qué hará la persona en Estados Unidos y cómo regresará a su país.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation>Fechas y duración</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Fecha clave</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation>Un evento ese día: llegar antes</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation>Una fecha límite: llegar ese día es a tiempo</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation>La fecha clave es</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation>Evento: cirugía, audiencia, funeral (llegar ese mismo día es demasiado tarde). Fecha límite: debe llegar a más tardar ese día.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation>Qué ocurre en esa fecha</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation>Pedir trámite acelerado (marcar la solicitud EXPEDITE)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation>Parole necesario por</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation>Necesario cuando se piden más de 12 meses.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation>Por qué tanto tiempo</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation>Visa y admisibilidad</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation>Por qué no hay visa ni otra vía a tiempo</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation>Por qué no es posible una visa o la admisión</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation>Causales (marque todas las que correspondan)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation>Las causales de inadmisibilidad (INA 212(a)) de esta lista, del paquete de reglas.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation>Las causales de inadmisibilidad (INA 212(a)); el paquete de reglas aún no tiene una lista.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>excepción</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation>elija de la lista</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation>la excepción, con las palabras de la proclamación</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation>Excepción invocada a la suspensión de entrada</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation>Solo cuando el país está bajo una suspensión de entrada (Proclamación 10949 o 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation>Por qué se aplica y las pruebas que lo respaldan</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation>Excepción: por qué</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation>USCIS (Form I-131, beneficiario fuera de EE. UU.)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation>CBP en un puerto de entrada</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation>Se presenta ante</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation>Puerto de entrada</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation>la dirección del puerto</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation>Dirección del puerto (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation>HH:MM, p. ej., 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation>Hora en el puerto</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation>Ciudad, país — p. ej., Islamabad, Pakistán</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation>Embajada o consulado de EE. UU. que se notificará</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation>Fecha prevista de llegada</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation>Déjelo vacío para una solicitud general caso por caso</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation>Exención de tarifa solicitada (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exenta</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation>Tarifa de presentación</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation>Modo de presentación</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation>Form G-1450 (tarjeta de crédito, débito o prepagada)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation>Form G-1650 (débito de una cuenta bancaria en EE. UU.)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation>Form G-1651 (exención del pago electrónico)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation>Form I-912 (exención de tarifa en lugar del pago)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation>Pago (presentación en papel)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation>De quién es la tarjeta o la cuenta bancaria que paga</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>El beneficiario</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation>El solicitante</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation>Un patrocinador</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation>El representante</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation>Otra persona (que no figura en la solicitud)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation>El pagador es</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation>La tarjeta se emitió fuera de EE. UU. (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation>La cuenta del pagador está en un banco de EE. UU. (necesario para el G-1650)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation>El cliente piensa pagarla cuando se otorgue el parole</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation>Se invoca una excepción prevista en la ley</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation>Tarifa de parole (se paga al otorgarse)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation>Excepción invocada</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation>Hechos para la carta de presentación (solo lo que el cliente le dijo)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation>Intención de regresar a su país</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation>Vínculos con el país de origen</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation>Funeral: quién falleció</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation>Funeral: parentesco con el beneficiario</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation>Menor: con quién viaja</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation>Menor: parentesco del acompañante con el niño o la niña</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation>Protección: por qué el trámite de refugiado no está disponible a tiempo</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation>se necesitan al menos {a} palabras; se recomiendan {b} o más</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation>se recomiendan {b} palabras o más</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation>suficientemente larga</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation>{n} palabras — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation>Escriba la clave de recuperación de la hoja de papel y luego elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>Desbloquear y fijar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>La nueva frase de contraseña es demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation>Esa clave de recuperación no abre esta bóveda. Revise cada grupo de letras.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation>Si se olvida la frase de contraseña, esta clave es la única forma de abrir la bóveda. Escríbala en papel (o imprímala) y guárdela bajo llave, lejos de esta computadora. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la anoté</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation>Clave de recuperación de la bóveda de Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation>Impresa el {date}. Guarde esta hoja bajo llave, lejos de la computadora portátil.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation>No se puede imprimir en esta computadora. Anote la clave de recuperación a mano.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation>La clave de recuperación solo se imprime en una impresora, nunca en un archivo (un archivo podría copiarse o sincronizarse). Elija una impresora o anote la clave a mano.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation>Quitados de este caso</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation>Lo que se quitó de este caso queda en la bóveda, con su archivo, hasta que el caso se aprueba. Elija uno y vuelva a ponerlo.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Volver a poner</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation>{kind}: {label} — quitado el {when} por {who}</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation>No se volvió a poner</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation>Dejar de preparar las páginas de los anexos ahora; al exportar un paquete se prepara lo que falte</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation>Preparando páginas y miniaturas de los anexos: {done} de {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation>El revisor lee toda la solicitud y las pruebas, y luego la aprueba con su propia frase de contraseña. Un cambio posterior en la solicitud o en sus documentos deja la aprobación en suspenso hasta que la solicitud vuelva a estar exactamente como se firmó, o el revisor firme de nuevo.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation>Frase de contraseña del revisor</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation>Aún no existe ningún perfil de revisor. Un revisor crea el suyo en la configuración de Revisores.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de revisores</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation>Advertencias que el revisor acepta</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation>✓ {name} ({role} {number}) figura en la lista — clave {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation>✗ No puede firmar: {why}. Clave {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation>Por qué es aceptable (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Aún sin aprobar.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation>⚠ APROBACIÓN ANULADA — {reason}.
Firmada por {who} el {when}. El revisor debe revisar el caso de nuevo y volver a aprobarlo.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation>✓ Aprobada por {who} el {when} con el paquete de reglas {pack} {version}.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation>Advertencias aceptadas:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation>Elija primero un revisor.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation>Aprobando</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Sin aprobar</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation>Perfiles de revisores</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation>Abogados, representantes acreditados y supervisores que aprueban solicitudes. La clave de firma de cada revisor está protegida por su propia frase de contraseña, que solo esa persona debe conocer.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation>Importar la lista de revisores de la organización…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation>Escribir solicitud de inscripción…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation>Importar identidad digital (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nuevo revisor</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation>Frase de contraseña del revisor</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation>Repita la frase de contraseña del revisor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation>Número de &amp;colegiado / acreditación</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Frase de &amp;contraseña</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation>Re&amp;pita la frase de contraseña</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation>Crear revisor</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation>Aún no hay lista de revisores de la organización: nadie puede aprobar hasta que se importe la lista firmada por el administrador de la organización. Un abogado independiente es su propia organización (vea docs/security.md).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation>Organización de confianza: {org}{demo} · versión de la lista {v} · huella de la organización {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation> (DEMOSTRACIÓN)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation>Identidad de firma de PDF</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation>clave {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation>✓ figura en la lista</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation>✗ no puede firmar: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña del revisor necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation>Creando las claves del revisor…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation>Elija la lista de revisores de la organización</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation>Lista de revisores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de revisores</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation>Ahora se usa la versión {v} de la lista de {org}.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation>La frase de contraseña del revisor:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>Guardar la solicitud de inscripción</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>Inscripción (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation>Entregue el archivo al administrador de la organización y léale esta huella de clave por teléfono o en persona: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation>Elija la identidad digital</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation>Identidad digital (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation>Identidad digital</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation>Contraseña del archivo de identidad digital:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation>Importando la identidad digital…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation>La identidad digital firmará los expedientes de este revisor.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation>Los menús, las pantallas y los mensajes cambian de inmediato. El expediente para presentar (formularios y cartas) sigue en inglés.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation>&amp;Bloquear tras no usarla durante</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Rotar las claves…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation>Cuando alguien pueda conocer la frase de contraseña o un archivo de claves antiguo: una nueva clave maestra; las copias antiguas dejan de funcionar.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado. Guárdela en una memoria USB, lejos de la computadora portátil; solo se abre con la frase de contraseña de esta bóveda.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation>Este portátil (compartir casos)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Nombre de este portátil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Huella digital de este portátil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de confianza</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation>Guardar la inscripción…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation>Un archivo con las claves públicas de este portátil. El administrador de la organización lo añade a la lista de confianza después de comparar la huella digital (leída en voz alta o escaneada del código QR).</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation>Código QR de la huella digital de este portátil</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation>Hub de la organización</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>La dirección del hub</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation>El nombre de usuario del sitio en el hub</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation>Nombre de &amp;usuario del sitio</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation>Guardar la contraseña en el llavero de esta computadora…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation>La persona administradora de la organización da la dirección, el nombre de usuario y la contraseña. Compartir → Intercambiar con el hub envía el trabajo de esta computadora y recibe el de las demás.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>Contraseña del hub</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation>La contraseña del usuario del hub “{user}”:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation>Esta computadora no tiene un llavero donde guardar la contraseña (es común en Linux sin llavero de escritorio). No se guardó nada. En su lugar, inicie Parole Desktop con PAROLE_HUB_USER y PAROLE_HUB_PASSWORD definidas en su entorno.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation>La contraseña del usuario del hub “{user}” está guardada en el llavero de esta computadora.</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation>Guardar la inscripción de este portátil</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>Inscripción (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation>Inscripción no guardada</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation>Inscripción guardada</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation>Entregue {file} al administrador de la organización y compare esta huella digital con la suya: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Nunca se ha hecho una copia de seguridad de esta bóveda.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation>Haga la primera copia de seguridad en una memoria USB cuando pueda.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation>Haga una copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation>Cambiar la solicitud firmada…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation>la aprobación del revisor</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation>la aprobación de {name} del {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation>Esta solicitud coincide con {who}. Cualquier cambio que haga ahora deja esa aprobación en suspenso hasta que la solicitud vuelva a estar como se firmó o el revisor firme de nuevo.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation>Aprobada: esta solicitud coincide con {who}. Sus campos están bloqueados para que un error de tecleo no deje la aprobación en suspenso.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation>{who} ya no coincide con esta solicitud: se cambió después de que el revisor firmara. Pida al revisor que la revise y firme de nuevo.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation>{who} ya no coincide: se cambió {fields}. Deshaga estos cambios para restablecer la aprobación, o pida al revisor que firme de nuevo.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>un campo</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation>Cambiar una solicitud firmada</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation>Esta solicitud coincide con {who}. Si cambia algo, la aprobación queda en suspenso: la solicitud no se puede exportar como final hasta que vuelva a estar exactamente como se firmó o el revisor firme de nuevo.

¿Cambiar la solicitud?</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation>Está cambiando una solicitud firmada ({who}). Los campos cambiados aparecen aquí mientras escribe.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Volver a ponerlo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Vuelto a poner.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Bóveda: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation>Desbloquear de todos modos</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation>Bóveda de DEMOSTRACIÓN con casos ficticios. Frase de contraseña: {passphrase} — no ponga datos reales de clientes; inicie sin --demo para usar su propia bóveda.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation>Frase de contraseña del revisor de demostración: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation>Hágalo solo si la bóveda ya no está abierta en la otra computadora (se bloqueó o se retiró la memoria USB). Si dos computadoras escriben en una misma bóveda, se puede perder trabajo.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation>Frase de contraseña incorrecta. Puede intentarlo de nuevo en {n} s.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation>Desbloquear ({n} s)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>Frase de contraseña incorrecta. Revise Bloq Mayús y el idioma del teclado, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation>
            <numerusform>El registro de auditoría está íntegro: %n entrada, ninguna cambiada ni eliminada.</numerusform>
            <numerusform>El registro de auditoría está íntegro: %n entradas, ninguna cambiada ni eliminada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation>
            <numerusform>El registro de auditoría tiene problemas (%n entrada revisada):
{problems}</numerusform>
            <numerusform>El registro de auditoría tiene problemas (%n entradas revisadas):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Creando la bóveda de demostración…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation>Parole Desktop</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation>Representante acreditado</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation>CBP en un puerto de entrada</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation>Unidad familiar</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation>Funeral</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation>Procedimiento judicial</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>Tratamiento médico</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Donante de órganos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation>Beneficio público</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Lista para revisión</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobada por el revisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation>USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation>Visitar a un familiar enfermo</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">traducción desactualizada: se muestra en inglés</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">aún sin traducir: se muestra en inglés</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* aún sin revisar: un borrador de traducción que un traductor calificado no ha revisado.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">Aún sin revisar: un borrador de traducción que un traductor calificado no ha revisado.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">En inglés, tal como se guarda: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">En inglés: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation>Cambio de caso</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Archivo de prueba</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation>Paquete de reglas</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation>Presentación firmada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation>Portátil desconocido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation>Recibido pero no aplicado</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation>Copiar motivo</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation>Nada de lo recibido está apartado.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation>Lo que otros portátiles enviaron y este portátil no ha aplicado, y por qué. Lo apartado nunca se aplica; lo que está en espera se toma en cuanto llega aquello de lo que depende.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation>¿Confiar en esta organización?</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation>Primera lista de revisores de esta bóveda: {org}.
Escriba la huella de la clave de la organización que el administrador le dio por teléfono o en persona (32 caracteres o más). Si no coincide, no se confía en nada.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation>Haciendo la copia de seguridad de la bóveda…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation>Lote de Parole Desktop (*.pdbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation>cualquier computadora portátil de la organización</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation>El lote no contiene nada nuevo: por lo que sabe esta computadora portátil, ya tienen todo lo que ella tiene. Aun así lleva los acuses de recibo de esta computadora portátil.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation>{count} objetos sellados, {size} KB.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation>Lote número {number} para {who} escrito en:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation>Lote número {number} de “{sender}” importado.

Aplicados: {applied}
En espera de aquello de lo que dependen: {waiting}
Ya estaban aquí: {duplicate}
Apartados (en cuarentena): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation>Apartados, y por qué:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation>Lo que está en espera se guarda y se aplica en cuanto llega aquello de lo que depende.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation>Exportar un lote a…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar lote</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el lote…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation>¿Qué lote importar?</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar lote</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importando el lote…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation>Código de este intercambio</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation>“{peer}” quiere intercambiar con esta computadora. Acepte solo si la computadora que envía muestra el mismo código:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation>Conectado a “{peer}”. Compruebe que muestra el mismo código; la persona que está allí lo acepta:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation>Recibiendo: {count} objetos…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation>Esperando una computadora de la organización.

En la computadora que envía elija Compartir → Enviar a una computadora de esta red… y escriba:
{addresses}

Huella digital de esta computadora: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation>Enviando: {done} de {total} objetos…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation>Recibiendo: {done} de {total} objetos…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation>Intercambio con “{peer}” hecho.

Enviados: {sent}
Aplicados: {applied}
En espera de aquello de lo que dependen: {waiting}
Ya estaban aquí: {duplicate}
Apartados (en cuarentena): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation>Se detuvo a medio camino: lo que pasó se conserva en ambas computadoras; intercambie de nuevo para terminar.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation>Recibir en esta red</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation>Recibiendo en esta red…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation>Enviar a una computadora de esta red</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation>La dirección que muestra la computadora que recibe (p. ej. 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation>Intercambiando en esta red…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation>Consultando el hub…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation>Enviando el trabajo de esta computadora: {done} de {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation>Recibiendo el trabajo de las demás computadoras: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation>Enviados al hub: {sent}

Recibidos del hub:
Aplicados: {applied}
En espera de aquello de lo que dependen: {waiting}
Ya estaban aquí: {duplicate}
Apartados (en cuarentena): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation>Apartados, y por qué:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation>Lo que está en espera se conserva y se aplica en cuanto llegue aquello de lo que depende.</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation>Casos con campos cambiados de forma distinta en dos computadoras: {count}. Conflictos, en la barra de estado, los abre.</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation>Cancelado. Lo ya enviado o recibido se conserva; vuelva a intercambiar con el hub para terminar.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation>No se puede llegar al hub: compruebe que esta computadora está en la red y que la dirección del hub en Configuración → Hub de la organización es correcta.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation>El hub rechazó el nombre de usuario o la contraseña: revise ambos en Configuración → Hub de la organización (la persona administradora puede volver a darle la contraseña).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation>El hub aún no está preparado para Parole Desktop: la persona administradora de la organización ejecuta “hub init” una vez en él; luego vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation>No hay ningún hub de la organización configurado en esta computadora: indique su dirección y el nombre de usuario del sitio en Configuración → Hub de la organización.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation>No hay contraseña del hub en esta computadora: guárdela con Configuración → Hub de la organización → Guardar la contraseña en el llavero de esta computadora…, o inicie la aplicación con PAROLE_HUB_PASSWORD definida.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation>Intercambiar con el hub</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation>Intercambiando con el hub…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation>Copia de seguridad de Parole Desktop (*.pdbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation>Copia de seguridad escrita y verificada:
{path}

{cases} casos, {files} archivos, {size:.1f} MB.
Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarla</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Haciendo la copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation>Copiar la bóveda en…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation>Se restauró la copia de seguridad. Desbloquéela con la frase de contraseña con la que se hizo.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation>La bóveda anterior se guardó aparte en:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation>Restaurar la otra bóveda</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation>¿Crear una nueva clave de recuperación? La anterior ya no abrirá esta bóveda. Hágalo cuando la anterior pueda haberse visto o perdido.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation>Anote esta clave de recuperación (o imprima esta ventana) y guárdela lejos de la computadora portátil. Solo se muestra ahora:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Rotar las claves</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation>Al rotar las claves, las copias del archivo de claves anterior y la clave de recuperación anterior dejan de servir para esta bóveda. Las copias de seguridad hechas antes conservan sus claves antiguas: haga una nueva copia de seguridad después.

La frase de contraseña de la bóveda:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation>Volviendo a cifrar los archivos…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation>Rotando las claves de la bóveda…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation>Importar un paquete de reglas firmado</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation>Paquete de reglas (*.json *.signed.json *.pack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation>Paquete de reglas rechazado</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation>El paquete de reglas no se importó:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation>Paquete de reglas importado</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation>Se importó {id} versión {version}, vigente al {as_of}.
A partir del próximo desbloqueo, la preparación se verifica con el paquete más reciente.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation>El texto no se acepta: {why}.</translation>
    </message>
</context>
</TS>
