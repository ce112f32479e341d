<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>Apache License 2.0 (the LICENSE file; /usr/share/doc/portdesk/copyright when installed)</source>
        <translation>Apache License 2.0 (el archivo LICENSE; /usr/share/doc/portdesk/copyright una vez instalado)</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (Help ▸ About Qt)</source>
        <translation>GNU LGPL versión 3 (Ayuda ▸ Acerca de Qt)</translation>
    </message>
    <message>
        <source>libphonenumber</source>
        <translation>libphonenumber</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Google&apos;s numbering metadata, through libphonenumber-js</source>
        <translation>Metadatos de numeración de Google, a través de libphonenumber-js</translation>
    </message>
    <message>
        <source>Apache License 2.0 (the metadata), MIT (the package)</source>
        <translation>Apache License 2.0 (los metadatos), MIT (el paquete)</translation>
    </message>
    <message>
        <source>libsodium</source>
        <translation>libsodium</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>licencia ISC</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>BSD 2-Clause licence (its CMake files BSD 3-Clause)</source>
        <translation>licencia BSD de 2 cláusulas (sus archivos de CMake, BSD de 3 cláusulas)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client library libpq</source>
        <translation>La biblioteca cliente de PostgreSQL, libpq</translation>
    </message>
    <message>
        <source>PostgreSQL Licence</source>
        <translation>PostgreSQL Licence</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortDesk %1&lt;/h3&gt;&lt;p&gt;Port United States phone numbers into and out of the cloud calling service.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Store schema written: version %3&lt;br&gt;Numbering data: %4&lt;/p&gt;&lt;p&gt;Licences:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;PortDesk %1&lt;/h3&gt;&lt;p&gt;Portabilidad de números telefónicos de Estados Unidos hacia y desde el servicio de llamadas en la nube.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;br&gt;Esquema escrito en la base de datos: versión %3&lt;br&gt;Datos de numeración: %4&lt;/p&gt;&lt;p&gt;Licencias:&lt;/p&gt;&lt;ul&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About PortDesk</source>
        <translation>Acerca de PortDesk</translation>
    </message>
</context>
<context>
    <name>AttachmentCopy</name>
    <message>
        <source>Cannot create the folder %1 to open %2.</source>
        <translation>No se puede crear la carpeta %1 para abrir %2.</translation>
    </message>
    <message>
        <source>Cannot write %1 to open it: %2</source>
        <translation>No se puede escribir %1 para abrirlo: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentRules</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 is empty: attach a carrier invoice or customer service record that has content.</source>
        <translation>%1 está vacío: adjunte una factura del operador o un registro de servicio al cliente que tenga contenido.</translation>
    </message>
    <message>
        <source>%1 is %2: attachments may be at most %3. Attach a smaller scan or only the pages that show the account.</source>
        <translation>%1 pesa %2: los documentos adjuntos pueden pesar como máximo %3. Adjunte un escaneo más pequeño o solo las páginas que muestran la cuenta.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (judged by its content): only these types can be attached.</source>
        <translation>%1 no es un archivo PDF, PNG ni JPEG (a juzgar por su contenido): solo se pueden adjuntar estos tipos.</translation>
    </message>
    <message>
        <source>%1 holds a %2 but its name does not end in .pdf, .png, .jpg or .jpeg: rename it so that it opens with the right program.</source>
        <translation>%1 contiene un %2, pero su nombre no termina en .pdf, .png, .jpg ni .jpeg: cámbiele el nombre para que se abra con el programa correcto.</translation>
    </message>
    <message>
        <source>%1 is named as a %2 file but its content is a %3: rename it to match.</source>
        <translation>%1 tiene nombre de archivo %2, pero su contenido es un %3: cámbiele el nombre para que coincida.</translation>
    </message>
</context>
<context>
    <name>BtnPage</name>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation>Número telefónico de facturación (BTN)</translation>
    </message>
    <message>
        <source>The BTN is the main number of an account with the current carrier. If it is among the numbers being ported, say what happens to it.</source>
        <translation>El BTN es el número principal de una cuenta con el operador actual. Si está entre los números que se portan, indique qué sucede con él.</translation>
    </message>
    <message>
        <source>What &amp;happens to the BTN</source>
        <translation>&amp;Qué sucede con el BTN</translation>
    </message>
    <message>
        <source>Select this option only when your account with the current carrier is set up this way.</source>
        <translation>Seleccione esta opción solo si su cuenta con el operador actual está configurada de esta forma.</translation>
    </message>
    <message>
        <source>Ne&amp;w BTN:</source>
        <translation>Nue&amp;vo BTN:</translation>
    </message>
    <message>
        <source>(206) 555-0100</source>
        <translation>(206) 555-0100</translation>
    </message>
    <message>
        <source>A number on the same account with the current carrier that is not being ported.</source>
        <translation>Un número de la misma cuenta con el operador actual que no se porta.</translation>
    </message>
    <message>
        <source>The BTN is ported and a new BTN replaces it: a number on the same account with the current carrier that is not being ported. Type it under New BTN.</source>
        <translation>El BTN se porta y lo reemplaza un nuevo BTN: un número de la misma cuenta con el operador actual que no se porta. Escríbalo en Nuevo BTN.</translation>
    </message>
    <message>
        <source>The BTN is ported and the account with the current carrier is closed out.</source>
        <translation>El BTN se porta y se cierra la cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>The BTN is ported because the account is set up so that each number is its own BTN. Choose it only when the carrier account really is set up this way.</source>
        <translation>El BTN se porta porque la cuenta está configurada de modo que cada número es su propio BTN. Elíjalo solo si la cuenta con el operador está realmente configurada así.</translation>
    </message>
    <message>
        <source>The BTN is not among the numbers being ported: it stays with the current carrier.</source>
        <translation>El BTN no está entre los números que se portan: se queda con el operador actual.</translation>
    </message>
    <message>
        <source>For &quot;replace&quot; only: the new BTN, a US number on the same account with the current carrier, different from the old BTN and not being ported.</source>
        <translation>Solo para &quot;reemplazar&quot;: el nuevo BTN, un número de EE. UU. de la misma cuenta con el operador actual, distinto del BTN anterior y que no se porta.</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation>%1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) refused:</source>
        <translation>
            <numerusform>%n número rechazado:</numerusform>
            <numerusform>%n números rechazados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned and deleted</source>
        <translation>
            <numerusform>%n número desasignado y eliminado</numerusform>
            <numerusform>%n números desasignados y eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) assigned</source>
        <translation>
            <numerusform>%n número asignado</numerusform>
            <numerusform>%n números asignados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned</source>
        <translation>
            <numerusform>%n número desasignado</numerusform>
            <numerusform>%n números desasignados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) moved to the deletion queue</source>
        <translation>
            <numerusform>%n número enviado a la cola de eliminación</numerusform>
            <numerusform>%n números enviados a la cola de eliminación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) restored</source>
        <translation>
            <numerusform>%n número restaurado</numerusform>
            <numerusform>%n números restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) changed back</source>
        <translation>
            <numerusform>%n número vuelto a como estaba</numerusform>
            <numerusform>%n números vueltos a como estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) changed again</source>
        <translation>
            <numerusform>%n número cambiado de nuevo</numerusform>
            <numerusform>%n números cambiados de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Natalicio de Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos (Memorial Day)</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Día Nacional de la Independencia Juneteenth</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Día de Colón</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Día de los Veteranos</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>a non-business day of your carrier</source>
        <translation>un día no hábil de su operador</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <source>Extra non-business days: &quot;%1&quot; is not a date of the form YYYY-MM-DD; it is ignored.</source>
        <translation>Días no hábiles adicionales: &quot;%1&quot; no es una fecha con el formato AAAA-MM-DD; se ignora.</translation>
    </message>
</context>
<context>
    <name>CarrierGroupForm</name>
    <message>
        <source>C&amp;arrier:</source>
        <translation>Ope&amp;rador:</translation>
    </message>
    <message>
        <source>Current carrier, if known</source>
        <translation>Operador actual, si se conoce</translation>
    </message>
    <message>
        <source>Acc&amp;ount number:</source>
        <translation>Número de c&amp;uenta:</translation>
    </message>
    <message>
        <source>If the carrier has one</source>
        <translation>Si el operador tiene uno</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the account number</source>
        <translation>Mostrar u ocultar el número de cuenta</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>If available</source>
        <translation>Si está disponible</translation>
    </message>
    <message>
        <source>Show or hide the PIN</source>
        <translation>Mostrar u ocultar el PIN</translation>
    </message>
    <message>
        <source>B&amp;TN:</source>
        <translation>&amp;BTN:</translation>
    </message>
    <message>
        <source>Billing Telephone Number, e.g. (206) 444-0100</source>
        <translation>Número telefónico de facturación, p. ej. (206) 444-0100</translation>
    </message>
    <message>
        <source>Custo&amp;mer name:</source>
        <translation>No&amp;mbre del cliente:</translation>
    </message>
    <message>
        <source>As on the carrier contract</source>
        <translation>Como figura en el contrato con el operador</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>Service address, as on the contract</source>
        <translation>Dirección de servicio, como figura en el contrato</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;ZIP:</source>
        <translation>Código pos&amp;tal:</translation>
    </message>
    <message>
        <source>98101 or 98101-1234</source>
        <translation>98101 o 98101-1234</translation>
    </message>
    <message>
        <source>Aut&amp;horizing person:</source>
        <translation>Persona que autori&amp;za:</translation>
    </message>
    <message>
        <source>In charge of billing with the carrier</source>
        <translation>Responsable de la facturación con el operador</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Optional, e.g. IT manager</source>
        <translation>Opcional, p. ej. gerente de TI</translation>
    </message>
    <message>
        <source>&amp;Contact phone:</source>
        <translation>Telé&amp;fono de contacto:</translation>
    </message>
    <message>
        <source>The authorizing person&apos;s phone, e.g. (206) 444-0199</source>
        <translation>Teléfono de la persona que autoriza, p. ej. (206) 444-0199</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>Correo e&amp;lectrónico de contacto:</translation>
    </message>
    <message>
        <source>Optional, the authorizing person&apos;s email</source>
        <translation>Opcional, el correo electrónico de la persona que autoriza</translation>
    </message>
    <message>
        <source>Full or pa&amp;rtial port:</source>
        <translation>P&amp;ortabilidad total o parcial:</translation>
    </message>
    <message>
        <source>Does this request move every number on the account with the carrier?</source>
        <translation>¿Esta solicitud traslada todos los números de la cuenta con el operador?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Full port: every number on the account moves</source>
        <translation>Portabilidad total: se trasladan todos los números de la cuenta</translation>
    </message>
    <message>
        <source>Partial port: some numbers stay with the carrier</source>
        <translation>Portabilidad parcial: algunos números se quedan con el operador</translation>
    </message>
    <message>
        <source>Numbers &amp;kept by the carrier:</source>
        <translation>Números que conser&amp;va el operador:</translation>
    </message>
    <message>
        <source>Partial port: the numbers that stay, separated by commas</source>
        <translation>Portabilidad parcial: los números que se quedan, separados por comas</translation>
    </message>
    <message>
        <source>Current RespOrg (if kno&amp;wn):</source>
        <translation>Re&amp;spOrg actual (si se conoce):</translation>
    </message>
    <message>
        <source>Toll-free: the RespOrg that manages the numbers now, if known</source>
        <translation>Gratuitos: la RespOrg que administra los números ahora, si se conoce</translation>
    </message>
    <message>
        <source>Target RespOrg I&amp;D:</source>
        <translation>ID de la RespOrg de &amp;destino:</translation>
    </message>
    <message>
        <source>Toll-free: the RespOrg ID the numbers move to, e.g. JYT01</source>
        <translation>Gratuitos: el ID de la RespOrg a la que pasan los números, p. ej. JYT01</translation>
    </message>
    <message>
        <source>Type o&amp;f account:</source>
        <translation>Tipo de cuent&amp;a:</translation>
    </message>
    <message>
        <source>Whether the carrier account is a business or a residential one</source>
        <translation>Si la cuenta con el operador es de empresa o residencial</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>The current (losing) carrier the numbers are with now, as on the customer&apos;s bill. Optional; at most 100 characters.</source>
        <translation>El operador actual (cedente) con el que están ahora los números, como figura en la factura del cliente. Opcional; como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The customer&apos;s account number with the current carrier, exactly as on the bill: the carrier checks it against its records. Optional; at most 40 characters. Sealed in the store and shown masked.</source>
        <translation>El número de cuenta del cliente con el operador actual, exactamente como figura en la factura: el operador lo compara con sus registros. Opcional; como máximo 40 caracteres. Se sella en la base de datos y se muestra enmascarado.</translation>
    </message>
    <message>
        <source>The account&apos;s PIN or passcode with the current carrier, if it has one. Optional; at most 20 characters. Sealed in the store; printed only on the LOA.</source>
        <translation>El PIN o código de acceso de la cuenta con el operador actual, si tiene uno. Opcional; como máximo 20 caracteres. Se sella en la base de datos; solo se imprime en la LOA.</translation>
    </message>
    <message>
        <source>The billing telephone number (BTN): the account&apos;s main number on the carrier&apos;s bill. Required; a US number in any notation.</source>
        <translation>El número telefónico de facturación (BTN): el número principal de la cuenta en la factura del operador. Obligatorio; un número de EE. UU. en cualquier notación.</translation>
    </message>
    <message>
        <source>The customer&apos;s name exactly as on the carrier contract: a difference is the most common reason for a change request. Required; at most 200 characters.</source>
        <translation>El nombre del cliente exactamente como figura en el contrato con el operador: una diferencia es el motivo más común de una solicitud de cambios. Obligatorio; como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The street of the service address, exactly as the carrier has it. Required; at most 200 characters.</source>
        <translation>La calle de la dirección de servicio, exactamente como la tiene el operador. Obligatoria; como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The city of the service address. Required; at most 100 characters.</source>
        <translation>La ciudad de la dirección de servicio. Obligatoria; como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The state or territory of the service address. Required; it also proposes the customer&apos;s time zone on the schedule page.</source>
        <translation>El estado o territorio de la dirección de servicio. Obligatorio; también propone la zona horaria del cliente en la página de fecha y hora.</translation>
    </message>
    <message>
        <source>The ZIP code of the service address: five digits, or ZIP+4 (98101-1234). Required.</source>
        <translation>El código postal de la dirección de servicio: cinco dígitos, o ZIP+4 (98101-1234). Obligatorio.</translation>
    </message>
    <message>
        <source>The person who signs the LOA for the customer: someone the carrier&apos;s records name on the account. Required; at most 100 characters.</source>
        <translation>La persona que firma la LOA en nombre del cliente: alguien que los registros del operador nombran en la cuenta. Obligatoria; como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The authorizing person&apos;s title (for example Office Manager), printed with the signature. Required for a business account; at most 100 characters.</source>
        <translation>El cargo de la persona que autoriza (por ejemplo, gerente de oficina), que se imprime con la firma. Obligatorio para una cuenta de empresa; como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A phone number where the carrier can reach the authorizing person. Required; a US number in any notation.</source>
        <translation>Un número telefónico donde el operador puede comunicarse con la persona que autoriza. Obligatorio; un número de EE. UU. en cualquier notación.</translation>
    </message>
    <message>
        <source>The authorizing person&apos;s email address, printed on the LOA. Optional; if given, a valid address.</source>
        <translation>La dirección de correo electrónico de la persona que autoriza, que se imprime en la LOA. Opcional; si se indica, una dirección válida.</translation>
    </message>
    <message>
        <source>Full port: every number on the account moves and nothing stays with the carrier. Partial port: some numbers stay; list them in the field below. Required.</source>
        <translation>Portabilidad total: se trasladan todos los números de la cuenta y nada se queda con el operador. Portabilidad parcial: algunos números se quedan; indíquelos en el campo de abajo. Obligatorio.</translation>
    </message>
    <message>
        <source>Partial port only: the numbers that stay with the current carrier, comma-separated, each a US number, none of them among the numbers ported nor listed twice. Empty for a full port.</source>
        <translation>Solo portabilidad parcial: los números que se quedan con el operador actual, separados por comas, cada uno un número de EE. UU., ninguno entre los números que se portan ni repetido. Vacío para una portabilidad total.</translation>
    </message>
    <message>
        <source>Toll-free only: the Responsible Organization (RespOrg) that holds the numbers now, by name or ID, if known.</source>
        <translation>Solo gratuitos: la organización responsable (RespOrg) que tiene los números ahora, por nombre o ID, si se conoce.</translation>
    </message>
    <message>
        <source>Toll-free only: the RespOrg ID the numbers move to, five characters as Somos assigns them: a two-letter entity code, a letter and two digits (JYT01). Required for a toll-free group.</source>
        <translation>Solo gratuitos: el ID de la RespOrg a la que pasan los números, cinco caracteres tal como los asigna Somos: un código de entidad de dos letras, una letra y dos dígitos (JYT01). Obligatorio para un grupo de gratuitos.</translation>
    </message>
    <message>
        <source>Business or residential, as on the carrier account. Required; a business account needs the authorizing person&apos;s title.</source>
        <translation>Empresa o residencial, como figura en la cuenta con el operador. Obligatorio; una cuenta de empresa necesita el cargo de la persona que autoriza.</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carrier accounts</source>
        <translation>Cuentas con operadores</translation>
    </message>
    <message>
        <source>One group per carrier account: each group gets its own Letter of Authorization. Type every field exactly as on the current carrier&apos;s contract.</source>
        <translation>Un grupo por cada cuenta con un operador: cada grupo tiene su propia carta de autorización. Escriba cada campo exactamente como figura en el contrato con el operador actual.</translation>
    </message>
    <message>
        <source>&amp;Groups (one LOA each):</source>
        <translation>&amp;Grupos (una LOA cada uno):</translation>
    </message>
    <message>
        <source>N&amp;umbers in this group:</source>
        <translation>Números que &amp;hay en este grupo:</translation>
    </message>
    <message>
        <source>Move selected to a ne&amp;w group</source>
        <translation>Mover la selección a un grupo nue&amp;vo</translation>
    </message>
    <message>
        <source>Mo&amp;ve selected to group…</source>
        <translation>Mover la selección a &amp;otro grupo…</translation>
    </message>
    <message>
        <source>The carrier groups: one per account with a current carrier, each with its own Letter of Authorization. Toll-free numbers are in a group of their own.</source>
        <translation>Los grupos de operador: uno por cada cuenta con un operador actual, cada uno con su propia carta de autorización. Los números gratuitos van en un grupo propio.</translation>
    </message>
    <message>
        <source>The numbers of the selected group. Select numbers and move them to another group when they are on another account with the carrier.</source>
        <translation>Los números del grupo seleccionado. Seleccione números y muévalos a otro grupo si están en otra cuenta con el operador.</translation>
    </message>
</context>
<context>
    <name>CaseAttachment</name>
    <message>
        <source>Carrier invoice</source>
        <translation>Factura del operador</translation>
    </message>
    <message>
        <source>Customer service record</source>
        <translation>Registro de servicio al cliente</translation>
    </message>
</context>
<context>
    <name>CaseSecrets</name>
    <message>
        <source>carrier group %1</source>
        <translation>grupo de operador %1</translation>
    </message>
    <message>
        <source>carrier group %1 (%2)</source>
        <translation>grupo de operador %1 (%2)</translation>
    </message>
    <message>
        <source>the account number of %1</source>
        <translation>el número de cuenta de %1</translation>
    </message>
    <message>
        <source>the PIN of %1</source>
        <translation>el PIN de %1</translation>
    </message>
    <message>
        <source>the port-out account ID</source>
        <translation>el ID de cuenta de la portabilidad saliente</translation>
    </message>
    <message>
        <source>the port-out PIN</source>
        <translation>el PIN de la portabilidad saliente</translation>
    </message>
    <message>
        <source>Support may not reveal %1: a port-in&apos;s PIN is for the losing carrier, on the LOA; only the case&apos;s admin reveals it.</source>
        <translation>Soporte no puede revelar %1: el PIN de una portabilidad entrante es para el operador cedente, en la LOA; solo el administrador del caso lo revela.</translation>
    </message>
    <message>
        <source>Only the admin or support reveals %1.</source>
        <translation>Solo el administrador o soporte revela %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Revealed a secret.</source>
        <translation>Reveló un dato secreto.</translation>
    </message>
    <message>
        <source>Revealed %1.</source>
        <translation>Reveló %1.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Only an admin can submit a port-in request.</source>
        <translation>Solo un administrador puede enviar una solicitud de portabilidad entrante.</translation>
    </message>
    <message>
        <source>Only an admin can submit a port-out request.</source>
        <translation>Solo un administrador puede enviar una solicitud de portabilidad saliente.</translation>
    </message>
    <message>
        <source>A case is submitted once, with its request.</source>
        <translation>Un caso se envía una sola vez, con su solicitud.</translation>
    </message>
    <message>
        <source>Case %1 has no open change request to correct.</source>
        <translation>El caso %1 no tiene una solicitud de cambios abierta que corregir.</translation>
    </message>
    <message>
        <source>A correction cannot add or remove carrier groups.</source>
        <translation>Una corrección no puede agregar ni quitar grupos de operador.</translation>
    </message>
    <message>
        <source>%1 was not named in the change request: it must stay as submitted.</source>
        <translation>%1 no se indicó en la solicitud de cambios: debe quedar como se envió.</translation>
    </message>
    <message>
        <source>This store&apos;s account numbers and PINs cannot be read or written with your key: %1</source>
        <translation>Los números de cuenta y PIN de esta base de datos no se pueden leer ni escribir con su clave: %1</translation>
    </message>
    <message>
        <source>On a team store only an admin of the account files a port-out; the login %1 is support.</source>
        <translation>En una base de datos del equipo, solo un administrador de la cuenta presenta una portabilidad saliente; el usuario %1 es de soporte.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>On this team store the login %1 is %2: it cannot act as %3.</source>
        <translation>En esta base de datos del equipo, el usuario %1 es %2: no puede actuar como %3.</translation>
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message>
        <source>Only the admin may take the step %1.</source>
        <translation>Solo el administrador puede dar el paso %1.</translation>
    </message>
    <message>
        <source>Only support may take the step %1.</source>
        <translation>Solo soporte puede dar el paso %1.</translation>
    </message>
    <message>
        <source>The step %1 is taken by the clock, not by hand.</source>
        <translation>El paso %1 lo da el reloj, no se da a mano.</translation>
    </message>
    <message>
        <source>The case is already submitted.</source>
        <translation>El caso ya se envió.</translation>
    </message>
    <message>
        <source>%1 is not possible: the case is %2, a final state.</source>
        <translation>%1 no es posible: el caso está en el estado %2, que es final.</translation>
    </message>
    <message>
        <source>%1 is not possible while the case is %2: it waits for %3.</source>
        <translation>%1 no es posible mientras el caso está en el estado %2: espera %3.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation>No portable</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>LOA requested</source>
        <translation>LOA solicitada</translation>
    </message>
    <message>
        <source>LOA submitted</source>
        <translation>LOA enviada</translation>
    </message>
    <message>
        <source>Change requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Carrier approved</source>
        <translation>Aprobado por el operador</translation>
    </message>
    <message>
        <source>FOC received</source>
        <translation>FOC recibida</translation>
    </message>
    <message>
        <source>FOC confirmed</source>
        <translation>FOC confirmada</translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation>En inventario</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation>PIN emitido</translation>
    </message>
    <message>
        <source>Ported out</source>
        <translation>Portado (saliente)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Request LOA</source>
        <translation>Solicitar LOA</translation>
    </message>
    <message>
        <source>Submit LOA</source>
        <translation>Enviar LOA</translation>
    </message>
    <message>
        <source>Request change</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Set FOC</source>
        <translation>Fijar FOC</translation>
    </message>
    <message>
        <source>Confirm FOC</source>
        <translation>Confirmar FOC</translation>
    </message>
    <message>
        <source>Reject FOC</source>
        <translation>Rechazar FOC</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Move to inventory</source>
        <translation>Pasar al inventario</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Issue PIN</source>
        <translation>Emitir PIN</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>support&apos;s answer: portable or not portable</source>
        <translation>la respuesta de soporte: portable o no portable</translation>
    </message>
    <message>
        <source>support to issue an account ID and PIN for the new carrier</source>
        <translation>que soporte emita un ID de cuenta y un PIN para el nuevo operador</translation>
    </message>
    <message>
        <source>support to request the LOA</source>
        <translation>que soporte solicite la LOA</translation>
    </message>
    <message>
        <source>the admin to sign and submit the LOA</source>
        <translation>que el administrador firme y envíe la LOA</translation>
    </message>
    <message>
        <source>support to record the carrier&apos;s approval or a change request</source>
        <translation>que soporte registre la aprobación del operador o una solicitud de cambios</translation>
    </message>
    <message>
        <source>the admin to correct the request and resubmit the LOA</source>
        <translation>que el administrador corrija la solicitud y vuelva a enviar la LOA</translation>
    </message>
    <message>
        <source>support to record the FOC date</source>
        <translation>que soporte registre la fecha de FOC</translation>
    </message>
    <message>
        <source>the admin to confirm the FOC date or ask for another</source>
        <translation>que el administrador confirme la fecha de FOC o pida otra</translation>
    </message>
    <message>
        <source>the clock: the numbers enter the inventory one day before the FOC</source>
        <translation>el reloj: los números entran al inventario un día antes de la FOC</translation>
    </message>
    <message>
        <source>the clock: the numbers are activated at the FOC</source>
        <translation>el reloj: los números se activan en la FOC</translation>
    </message>
    <message>
        <source>support to record that the numbers have ported out</source>
        <translation>que soporte registre que los números se portaron a otro operador</translation>
    </message>
    <message>
        <source>the admin to unassign and delete the ported-out numbers</source>
        <translation>que el administrador desasigne y elimine los números portados</translation>
    </message>
    <message>
        <source>nothing: the case is finished</source>
        <translation>nada: el caso terminó</translation>
    </message>
    <message>
        <source>%1 is a port-out step; this case is a port-in.</source>
        <translation>%1 es un paso de portabilidad saliente; este caso es de portabilidad entrante.</translation>
    </message>
    <message>
        <source>%1 is a port-in step; this case is a port-out.</source>
        <translation>%1 es un paso de portabilidad entrante; este caso es de portabilidad saliente.</translation>
    </message>
    <message>
        <source>The FOC %1 has already passed: ask the carrier for a new date instead (reject-foc).</source>
        <translation>La FOC del %1 ya pasó: pida al operador una nueva fecha (reject-foc).</translation>
    </message>
    <message>
        <source>The numbers are already in the inventory, less than 48 hours before the FOC: the port can no longer be cancelled.</source>
        <translation>Los números ya están en el inventario, a menos de 48 horas de la FOC: la portabilidad ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>The FOC is %1, less than 48 hours away: the port can no longer be cancelled.</source>
        <translation>La FOC es el %1, dentro de menos de 48 horas: la portabilidad ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Say why the numbers are not portable.</source>
        <translation>Indique por qué los números no son portables.</translation>
    </message>
    <message>
        <source>Name the fields that differ from the carrier&apos;s records.</source>
        <translation>Indique los campos que difieren de los registros del operador.</translation>
    </message>
    <message>
        <source>Not a field of the request: %1. The fields are: %2.</source>
        <translation>No es un campo de la solicitud: %1. Los campos son: %2.</translation>
    </message>
    <message>
        <source>Give the account ID that the new carrier will quote.</source>
        <translation>Indique el ID de cuenta que citará el nuevo operador.</translation>
    </message>
    <message>
        <source>Give the PIN that the new carrier will quote.</source>
        <translation>Indique el PIN que citará el nuevo operador.</translation>
    </message>
    <message numerus="yes">
        <source>The port-out closes once its numbers are deleted; still to delete: %n.</source>
        <translation>
            <numerusform>La portabilidad saliente se cierra cuando se eliminan sus números; falta eliminar: %n.</numerusform>
            <numerusform>La portabilidad saliente se cierra cuando se eliminan sus números; faltan eliminar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The FOC date is not set.</source>
        <translation>La fecha de FOC no está fijada.</translation>
    </message>
    <message>
        <source>The numbers enter the inventory one day before the FOC, at %1.</source>
        <translation>Los números entran al inventario un día antes de la FOC, el %1.</translation>
    </message>
    <message>
        <source>The numbers are activated at the FOC, %1.</source>
        <translation>Los números se activan en la FOC, el %1.</translation>
    </message>
    <message>
        <source>Name the numbers the carrier rejected.</source>
        <translation>Indique los números que rechazó el operador.</translation>
    </message>
    <message>
        <source>Not a number of this case: %1.</source>
        <translation>No es un número de este caso: %1.</translation>
    </message>
    <message>
        <source>Already rejected: %1.</source>
        <translation>Ya rechazado: %1.</translation>
    </message>
    <message>
        <source>%1 is not a rejection reason code. The codes are: %2.</source>
        <translation>%1 no es un código de motivo de rechazo. Los códigos son: %2.</translation>
    </message>
    <message>
        <source>Say why the carrier rejected the numbers.</source>
        <translation>Indique por qué el operador rechazó los números.</translation>
    </message>
    <message>
        <source>Reject numbers</source>
        <translation>Rechazar números</translation>
    </message>
    <message>
        <source>Secret revealed</source>
        <translation>Dato secreto revelado</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
</context>
<context>
    <name>CaseTerms</name>
    <message>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>BTN option</source>
        <translation>Opción del BTN</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation>Nuevo BTN</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>BTN</source>
        <translation>BTN</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s title</source>
        <translation>Cargo de la persona que autoriza</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Dirección de servicio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Account number differs</source>
        <translation>El número de cuenta difiere</translation>
    </message>
    <message>
        <source>Authorizing person differs</source>
        <translation>La persona que autoriza difiere</translation>
    </message>
    <message>
        <source>BTN differs</source>
        <translation>El BTN difiere</translation>
    </message>
    <message>
        <source>Customer name differs</source>
        <translation>El nombre del cliente difiere</translation>
    </message>
    <message>
        <source>Service address differs</source>
        <translation>La dirección de servicio difiere</translation>
    </message>
    <message>
        <source>Postal code differs</source>
        <translation>El código postal difiere</translation>
    </message>
    <message>
        <source>PIN differs</source>
        <translation>El PIN difiere</translation>
    </message>
    <message>
        <source>Other (say what)</source>
        <translation>Otro (indique cuál)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>The BTN is not ported</source>
        <translation>El BTN no se porta</translation>
    </message>
    <message>
        <source>Replace the BTN with a new one</source>
        <translation>Reemplazar el BTN por uno nuevo</translation>
    </message>
    <message>
        <source>Close the account at the carrier</source>
        <translation>Cerrar la cuenta con el operador</translation>
    </message>
    <message>
        <source>Each number is its own BTN</source>
        <translation>Cada número es su propio BTN</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s phone</source>
        <translation>Teléfono de la persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email</source>
        <translation>Correo electrónico de la persona que autoriza</translation>
    </message>
    <message>
        <source>Business or residential</source>
        <translation>Empresa o residencial</translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation>Portabilidad total o parcial</translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier</source>
        <translation>Números que se quedan con el operador</translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation>RespOrg actual</translation>
    </message>
    <message>
        <source>Target RespOrg ID</source>
        <translation>ID de la RespOrg de destino</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Full port: every number on the account moves</source>
        <translation>Portabilidad total: se trasladan todos los números de la cuenta</translation>
    </message>
    <message>
        <source>Partial port; staying with the carrier: %1</source>
        <translation>Portabilidad parcial; se quedan con el operador: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>the current RespOrg</source>
        <translation>la RespOrg actual</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation>No portable</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>LOA requested</source>
        <translation>LOA solicitada</translation>
    </message>
    <message>
        <source>LOA submitted</source>
        <translation>LOA enviada</translation>
    </message>
    <message>
        <source>Change requested %1</source>
        <translation>Cambios solicitados %1</translation>
    </message>
    <message>
        <source>LOA resubmitted %1</source>
        <translation>LOA reenviada %1</translation>
    </message>
    <message>
        <source>Carrier approved</source>
        <translation>Aprobado por el operador</translation>
    </message>
    <message>
        <source>FOC received</source>
        <translation>FOC recibida</translation>
    </message>
    <message>
        <source>FOC confirmed</source>
        <translation>FOC confirmada</translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation>En inventario</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation>PIN emitido</translation>
    </message>
    <message>
        <source>Ported out</source>
        <translation>Portado (saliente)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>--db needs a store URL.</source>
        <translation>--db necesita una URL de base de datos.</translation>
    </message>
    <message>
        <source>--now needs a date and time in ISO 8601 form, such as 2026-12-14T10:00:00-05:00.</source>
        <translation>--now necesita una fecha y hora en formato ISO 8601, como 2026-12-14T10:00:00-05:00.</translation>
    </message>
    <message>
        <source>Unknown global option %1.</source>
        <translation>Opción global desconocida %1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>validate needs at least one number.</source>
        <translation>validate necesita al menos un número.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 no es JSON válido: %2 en la posición %3.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object (the request).</source>
        <translation>%1 debe contener un solo objeto JSON (la solicitud).</translation>
    </message>
    <message>
        <source>port-in needs: submit REQUEST.json</source>
        <translation>port-in necesita: submit REQUEST.json</translation>
    </message>
    <message>
        <source>port-out needs: submit REQUEST.json</source>
        <translation>port-out necesita: submit REQUEST.json</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>El caso %1 no existe.</translation>
    </message>
    <message>
        <source>case needs a subcommand: list, show, advance or correct.</source>
        <translation>case necesita un subcomando: list, show, advance o correct.</translation>
    </message>
    <message>
        <source>case list takes no arguments besides --state.</source>
        <translation>case list no admite más argumentos que --state.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Estado desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>case show needs a case id (a positive integer).</source>
        <translation>case show necesita un ID de caso (un entero positivo).</translation>
    </message>
    <message>
        <source>Case %1 (%2): %3 [order status %4]</source>
        <translation>Caso %1 (%2): %3 [estado del pedido %4]</translation>
    </message>
    <message>
        <source>Product type: %1</source>
        <translation>Tipo de producto: %1</translation>
    </message>
    <message>
        <source>Admin email: %1</source>
        <translation>Correo electrónico del administrador: %1</translation>
    </message>
    <message>
        <source>Voice Connector: %1</source>
        <translation>Voice Connector: %1</translation>
    </message>
    <message>
        <source>Requested port: %1</source>
        <translation>Portabilidad solicitada: %1</translation>
    </message>
    <message>
        <source>BTN option: %1</source>
        <translation>Opción del BTN: %1</translation>
    </message>
    <message>
        <source> (new BTN %1)</source>
        <translation> (nuevo BTN %1)</translation>
    </message>
    <message>
        <source>Carrier group %1: %2</source>
        <translation>Grupo de operador %1: %2</translation>
    </message>
    <message>
        <source>  BTN: %1</source>
        <translation>  BTN: %1</translation>
    </message>
    <message>
        <source>  Authorizing person: %1</source>
        <translation>  Persona que autoriza: %1</translation>
    </message>
    <message>
        <source>  Account number: %1  PIN: %2</source>
        <translation>  Número de cuenta: %1  PIN: %2</translation>
    </message>
    <message>
        <source>  Customer name: %1</source>
        <translation>  Nombre del cliente: %1</translation>
    </message>
    <message>
        <source>  Service address: %1, %2, %3 %4</source>
        <translation>  Dirección de servicio: %1, %2, %3 %4</translation>
    </message>
    <message>
        <source>  Numbers (%1): %2</source>
        <translation>  Números (%1): %2</translation>
    </message>
    <message>
        <source>Numbers (%1): %2</source>
        <translation>Números (%1): %2</translation>
    </message>
    <message>
        <source>Port-out account ID: %1  PIN: %2</source>
        <translation>ID de cuenta de la portabilidad saliente: %1  PIN: %2</translation>
    </message>
    <message>
        <source>FOC: %1</source>
        <translation>FOC: %1</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>proyectado</translation>
    </message>
    <message>
        <source>done     </source>
        <translation>realizado </translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation>  (vencido)</translation>
    </message>
    <message>
        <source>case advance needs a case id and an event.</source>
        <translation>case advance necesita un ID de caso y un evento.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation>Evento desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by the clock, not by a person: use clock tick.</source>
        <translation>&quot;%1&quot; lo da el reloj, no una persona: use clock tick.</translation>
    </message>
    <message>
        <source>--as must be admin or support.</source>
        <translation>--as debe ser admin o support.</translation>
    </message>
    <message>
        <source>--%1 does not belong to %2.</source>
        <translation>--%1 no corresponde a %2.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 necesita --%2.</translation>
    </message>
    <message>
        <source>--at needs a date and time with its offset, such as 2026-12-15T10:00:00-05:00.</source>
        <translation>--at necesita una fecha y hora con su desfase, como 2026-12-15T10:00:00-05:00.</translation>
    </message>
    <message>
        <source>case correct needs a case id and a request file.</source>
        <translation>case correct necesita un ID de caso y un archivo de solicitud.</translation>
    </message>
    <message>
        <source>Unknown case subcommand &quot;%1&quot;.</source>
        <translation>Subcomando de case desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Case %1 is a port-out: LOAs belong to port-in cases.</source>
        <translation>El caso %1 es de portabilidad saliente: las LOA corresponden a casos de portabilidad entrante.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>inventory needs a subcommand.</source>
        <translation>inventory necesita un subcomando.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--prefix needs the start of a US number, such as +1206 or 206.</source>
        <translation>--prefix necesita el comienzo de un número de EE. UU., como +1206 o 206.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>	ported out: unassign and delete</source>
        <translation>	portado (saliente): desasignar y eliminar</translation>
    </message>
    <message>
        <source>inventory assign needs exactly one of --user EMAIL or --voice-connector NAME.</source>
        <translation>inventory assign necesita exactamente una de estas opciones: --user EMAIL o --voice-connector NAME.</translation>
    </message>
    <message>
        <source>inventory %1 needs at least one number.</source>
        <translation>inventory %1 necesita al menos un número.</translation>
    </message>
    <message>
        <source>Unknown inventory subcommand &quot;%1&quot;.</source>
        <translation>Subcomando de inventory desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>voice-connector create needs a name.</source>
        <translation>voice-connector create necesita un nombre.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>clock needs: tick</source>
        <translation>clock necesita: tick</translation>
    </message>
    <message>
        <source>Sign them with: portdesk-cli loa sign %1 --name NAME --title TITLE</source>
        <translation>Fírmelas con: portdesk-cli loa sign %1 --name NAME --title TITLE</translation>
    </message>
    <message>
        <source>Sign the corrected LOAs with: portdesk-cli loa sign %1 --name NAME --title TITLE --request %2</source>
        <translation>Firme las LOA corregidas con: portdesk-cli loa sign %1 --name NAME --title TITLE --request %2</translation>
    </message>
    <message>
        <source>loa needs: export ID --out DIR, sign ID ... or status ID</source>
        <translation>loa necesita: export ID --out DIR, sign ID ... o status ID</translation>
    </message>
    <message>
        <source>--lang is en or es, not &quot;%1&quot;.</source>
        <translation>--lang es en o es, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>loa %1 needs a case id (a positive integer).</source>
        <translation>loa %1 necesita un ID de caso (un entero positivo).</translation>
    </message>
    <message>
        <source>--%1 belongs to loa sign, not loa status.</source>
        <translation>--%1 corresponde a loa sign, no a loa status.</translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation>operador %1</translation>
    </message>
    <message>
        <source>carrier %1 (%2)</source>
        <translation>operador %1 (%2)</translation>
    </message>
    <message>
        <source>version %1 signed %2 by %3 (%4), valid until %5</source>
        <translation>versión %1 firmada el %2 por %3 (%4), válida hasta el %5</translation>
    </message>
    <message>
        <source>Every LOA is signed and current: submit-loa may go ahead.</source>
        <translation>Todas las LOA están firmadas y vigentes: submit-loa puede seguir adelante.</translation>
    </message>
    <message>
        <source>loa sign needs --name and --title: the authorizing person signs.</source>
        <translation>loa sign necesita --name y --title: firma la persona que autoriza.</translation>
    </message>
    <message>
        <source>--carrier needs a carrier group number (1, 2, ...) or a carrier name.</source>
        <translation>--carrier necesita un número de grupo de operador (1, 2, ...) o el nombre de un operador.</translation>
    </message>
    <message>
        <source>Case %1 has no carrier group with the carrier &quot;%2&quot;; its groups: %3.</source>
        <translation>El caso %1 no tiene ningún grupo de operador con el operador &quot;%2&quot;; sus grupos: %3.</translation>
    </message>
    <message>
        <source>Case %1 has more than one carrier group with the carrier &quot;%2&quot;: give the group&apos;s number instead (%3).</source>
        <translation>El caso %1 tiene más de un grupo de operador con el operador &quot;%2&quot;: indique el número del grupo (%3).</translation>
    </message>
    <message>
        <source>carrier %1: version %2</source>
        <translation>operador %1: versión %2</translation>
    </message>
    <message>
        <source>Every LOA is signed and current: nothing to sign.</source>
        <translation>Todas las LOA están firmadas y vigentes: no hay nada que firmar.</translation>
    </message>
    <message>
        <source>%1 of %2 numbers changed, %3 refused.</source>
        <translation>%1 de %2 números cambiados, %3 rechazados.</translation>
    </message>
    <message>
        <source>--product-type is BusinessCalling or VoiceConnector.</source>
        <translation>--product-type es BusinessCalling o VoiceConnector.</translation>
    </message>
    <message>
        <source>--case needs a case id (a positive integer).</source>
        <translation>--case necesita un ID de caso (un entero positivo).</translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;.</source>
        <translation>Clave de ordenación desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>inventory show needs one number.</source>
        <translation>inventory show necesita un número.</translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory and has no history.</source>
        <translation>%1 no está en el inventario de números telefónicos y no tiene historial.</translation>
    </message>
    <message>
        <source>Not in the inventory any more.</source>
        <translation>Ya no está en el inventario.</translation>
    </message>
    <message>
        <source>inventory unassign-delete needs numbers or --case ID, not both.</source>
        <translation>inventory unassign-delete necesita números o --case ID, no ambos.</translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation>Caso %1 cerrado.</translation>
    </message>
    <message>
        <source>inventory export needs --format json or --format csv.</source>
        <translation>inventory export necesita --format json o --format csv.</translation>
    </message>
    <message>
        <source>inventory import needs one file: inventory import FILE.json</source>
        <translation>inventory import necesita un archivo: inventory import FILE.json</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows refused: nothing was imported.</source>
        <translation>%1 de %2 filas rechazadas: no se importó nada.</translation>
    </message>
    <message>
        <source>Imported %1 numbers.</source>
        <translation>Se importaron %1 números.</translation>
    </message>
    <message>
        <source>Users created: %1</source>
        <translation>Usuarios creados: %1</translation>
    </message>
    <message>
        <source>Voice Connectors created: %1</source>
        <translation>Voice Connectors creados: %1</translation>
    </message>
    <message>
        <source>voice-connector %1 needs the connector&apos;s name.</source>
        <translation>voice-connector %1 necesita el nombre del conector.</translation>
    </message>
    <message>
        <source>Give --encryption or --no-encryption, not both.</source>
        <translation>Indique --encryption o --no-encryption, no ambos.</translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;.</source>
        <translation>No existe ningún Voice Connector llamado &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>voice-connector needs: create, edit, delete or list.</source>
        <translation>voice-connector necesita: create, edit, delete o list.</translation>
    </message>
    <message>
        <source>user add needs an email address.</source>
        <translation>user add necesita una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>user edit needs the user&apos;s email address.</source>
        <translation>user edit necesita la dirección de correo electrónico del usuario.</translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>No existe ningún usuario con la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>user needs: add, edit or list.</source>
        <translation>user necesita: add, edit o list.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli [--now ISO] clock tick

Applies every transition that has come due, once: numbers enter the
inventory one day before the FOC, are activated at the FOC, ported-out
cases close when their numbers are deleted, and numbers (and files
deleted from a case) deleted more than 7 days ago are purged. Prints each
step applied: case, step (inventory, activate, close, purge, purge-file)
and detail (a number, a file name).
</source>
        <translation>Uso: portdesk-cli [--now ISO] clock tick

Aplica una sola vez cada transición que ya venció: los números entran al
inventario un día antes de la FOC y se activan en la FOC, los casos de
portabilidad saliente se cierran cuando se eliminan sus números, y se purgan
los números (y los archivos eliminados de un caso) eliminados hace más de
7 días. Imprime cada paso aplicado: caso, paso (inventory, activate, close,
purge, purge-file) y detalle (un número, un nombre de archivo).
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli voice-connector create NAME [--region R] [--encryption]
       portdesk-cli voice-connector edit NAME [--name NEW] [--region R]
                                     [--encryption | --no-encryption]
       portdesk-cli voice-connector delete NAME
       portdesk-cli voice-connector list

A Voice Connector port needs its Voice Connector first. Default region:
us-east-1. A connector with numbers assigned cannot be deleted; one that
an open port-in names cannot be renamed or deleted.
</source>
        <translation>Uso: portdesk-cli voice-connector create NAME [--region R] [--encryption]
     portdesk-cli voice-connector edit NAME [--name NEW] [--region R]
                                   [--encryption | --no-encryption]
     portdesk-cli voice-connector delete NAME
     portdesk-cli voice-connector list

Una portabilidad a Voice Connector necesita antes su Voice Connector. Región
predeterminada: us-east-1. Un conector con números asignados no se puede
eliminar; uno que nombra una portabilidad entrante abierta no se puede
renombrar ni eliminar.
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli user add EMAIL [--name NAME]
       portdesk-cli user edit EMAIL [--email NEW] [--name NAME]
       portdesk-cli user list [--contains TEXT]

The Business Calling users numbers are assigned to. Emails are unique
(ignoring case); inventory assign --user creates a user that is new.
</source>
        <translation>Uso: portdesk-cli user add EMAIL [--name NAME]
     portdesk-cli user edit EMAIL [--email NEW] [--name NAME]
     portdesk-cli user list [--contains TEXT]

Los usuarios de Business Calling a los que se asignan números. Los correos
son únicos (sin distinguir mayúsculas); inventory assign --user crea el
usuario si es nuevo.
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli loa export ID --out DIR [--lang en|es]
       portdesk-cli loa sign ID --name NAME --title TITLE [...]   (loa sign --help)
       portdesk-cli loa status ID
       portdesk-cli loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID
                    | restore-file ID FILE_ID                 (loa files --help)

Writes one Letter of Authorization PDF per carrier group of a port-in case,
in any state, and prints each file&apos;s path. A group whose LOA is signed, and
still shows the request as it is, carries its newest signature; any other
group gets blank lines to sign by hand. The case&apos;s attachments are named.
  --lang en|es   the language of the letters (default: en)
</source>
        <translation>Uso: portdesk-cli loa export ID --out DIR [--lang en|es]
     portdesk-cli loa sign ID --name NAME --title TITLE [...]   (loa sign --help)
     portdesk-cli loa status ID
     portdesk-cli loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID
                  | restore-file ID FILE_ID                 (loa files --help)

Escribe un PDF de carta de autorización por cada grupo de operador de un caso
de portabilidad entrante, en cualquier estado, e imprime la ruta de cada
archivo. Un grupo cuya LOA está firmada, y aún muestra la solicitud tal como
es, lleva su firma más reciente; cualquier otro grupo lleva líneas en blanco
para firmar a mano. Se nombran los documentos adjuntos del caso.
  --lang en|es   el idioma de las cartas (predeterminado: en)
</translation>
    </message>
    <message>
        <source>loa %1 needs: %2.</source>
        <translation>loa %1 necesita: %2.</translation>
    </message>
    <message>
        <source>a case id</source>
        <translation>un ID de caso</translation>
    </message>
    <message>
        <source>a case id and a file</source>
        <translation>un ID de caso y un archivo</translation>
    </message>
    <message>
        <source>a case id and a file id</source>
        <translation>un ID de caso y un ID de archivo</translation>
    </message>
    <message>
        <source>--kind belongs to loa attach.</source>
        <translation>--kind corresponde a loa attach.</translation>
    </message>
    <message>
        <source>--kind is carrier-invoice or customer-service-record, not &quot;%1&quot;.</source>
        <translation>--kind es carrier-invoice o customer-service-record, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A file id is a positive integer (see loa files).</source>
        <translation>Un ID de archivo es un entero positivo (vea loa files).</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>eliminado %1</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli port-in submit REQUEST.json [--dry-run]

Submits a port-in request (- reads it from stdin; its members are described
by the JSON Schema request.schema.json, installed in share/portdesk). Every rule is checked; all violations are reported at once, one a
line on stderr (exit 1). On success prints the new case id alone on a line.
  --dry-run   check against the store, submit nothing
</source>
        <translation>Uso: portdesk-cli port-in submit REQUEST.json [--dry-run]

Envía una solicitud de portabilidad entrante (- la lee de la entrada estándar;
sus miembros los describe el esquema JSON request.schema.json, instalado en
share/portdesk). Se comprueban todas las reglas; todas las infracciones se
informan a la vez, una por línea en stderr (salida 1). Si tiene éxito, imprime
el ID del nuevo caso solo en una línea.
  --dry-run   comprobar contra la base de datos, sin enviar nada
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli port-out submit REQUEST.json

Submits a port-out request: {&quot;productType&quot;: ..., &quot;adminEmail&quot;: ...,
&quot;numbers&quot;: [...]} (- reads it from stdin). The numbers must be in the
inventory. Prints the new case id alone on a line.
</source>
        <translation>Uso: portdesk-cli port-out submit REQUEST.json

Envía una solicitud de portabilidad saliente: {&quot;productType&quot;: ...,
&quot;adminEmail&quot;: ..., &quot;numbers&quot;: [...]} (- la lee de la entrada estándar). Los
números deben estar en el inventario. Imprime el ID del nuevo caso solo en
una línea.
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli case list [--state S] [--limit N]
       portdesk-cli case show ID [--reveal [--as admin|support]]
       portdesk-cli case advance ID EVENT [options]   (case advance --help)
       portdesk-cli case correct ID REQUEST.json [--expect-version N]   (- reads stdin)
         (sign the corrected LOAs first: loa sign ID --request REQUEST.json ...)

States: submitted, not-portable, portable, loa-requested, loa-submitted,
change-requested, carrier-approved, foc-received, foc-confirmed, in-inventory,
completed, cancelled, pin-issued, ported-out, closed.
list gives the cases in id order; --limit N the first N of them.
show masks account numbers and PINs. --reveal shows those the role may
reveal and records the reveal in the case&apos;s history (event &quot;reveal&quot;: who,
when, which secret, never its value): the admin every secret of the case;
support a port-in&apos;s account numbers and a port-out&apos;s account ID and PIN,
not a port-in&apos;s PIN (reveal.not-permitted; exit 1 when nothing may be
shown). --as names the role (default admin); on a team store the login&apos;s.
A case&apos;s version (--json: &quot;version&quot;) grows by one with every event. With
--expect-version N a change is made only if the case is still at version N;
a case changed since is refused (exit 1, case.changed: who changed it, when).
</source>
        <translation>Uso: portdesk-cli case list [--state S] [--limit N]
     portdesk-cli case show ID [--reveal [--as admin|support]]
     portdesk-cli case advance ID EVENT [options]   (case advance --help)
     portdesk-cli case correct ID REQUEST.json [--expect-version N]   (- lee stdin)
       (firme antes las LOA corregidas: loa sign ID --request REQUEST.json ...)

Estados: submitted, not-portable, portable, loa-requested, loa-submitted,
change-requested, carrier-approved, foc-received, foc-confirmed, in-inventory,
completed, cancelled, pin-issued, ported-out, closed.
list da los casos en orden de ID; --limit N, los N primeros.
show enmascara los números de cuenta y los PIN. --reveal muestra los que el
rol puede revelar y registra la revelación en el historial del caso (evento
&quot;reveal&quot;: quién, cuándo, qué dato secreto, nunca su valor): el administrador,
todos los datos secretos del caso; soporte, los números de cuenta de una
portabilidad entrante y el ID de cuenta y el PIN de una saliente, no el PIN de
una entrante (reveal.not-permitted; salida 1 si no se puede mostrar nada).
--as indica el rol (predeterminado: admin); en una base de datos del equipo,
el del usuario. La versión de un caso (--json: &quot;version&quot;) aumenta en uno con
cada evento. Con --expect-version N, un cambio solo se hace si el caso sigue
en la versión N; un caso cambiado desde entonces se rechaza (salida 1,
case.changed: quién lo cambió y cuándo).
</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli case advance ID EVENT [options]

Port-in events (role):
  portable (support)                  not-portable --reason T (support)
  request-loa (support)               submit-loa (admin; every LOA signed: loa sign)
  request-change --fields F1,F2 [--reason T] (support)
  approve (support)                   set-foc --at ISO (support)
  confirm-foc (admin)                 reject-foc [--reason T] (admin: ask for another date)
  cancel [--reason T] (admin; refused within 48 hours of the FOC)
  reject-numbers --numbers N1,N2 --reason T [--reason-code C] (support; until the
    numbers enter the inventory: the carrier rejected these numbers, the rest go on;
    rejecting every number left ends the case as not portable)
Port-out events:
  issue-pin --account-id-file FILE [--pin-file FILE] (support; or --account-id -,
    --pin - (or --account-id-file -, --pin-file -) from standard input, one line
    each, the account ID first)
  ported-out (support)                cancel (admin)

Options:
  --as admin|support   the role taking the step (default: the event&apos;s own role);
                       on a team store the login&apos;s role, and --as may only repeat it
  --expect-version N   only if the case is still at version N (case show --json:
                       &quot;version&quot;); else refused, exit 1, case.changed
  --reason T           --fields F1,F2 (request-file names, e.g. accountNumber,serviceAddress)
  --at ISO-8601        --account-id-file FILE --pin-file FILE  (the first line)
  --account-id -|ID    --pin -|PIN  (- reads a line of standard input)
  --numbers N1,N2      (any notation)         --reason-code C (default other): other-account,
    btn-mismatch, disconnected, not-portable, pending-order, other

issue-pin asks for the account ID without echo when none is given and
standard input is a terminal. A value typed on the command line (--pin
PIN, --account-id ID) still works but warns on stderr (pin.on-command-line,
account-id.on-command-line): other users of the machine see it in ps, and
the shell keeps it. A file that its group or others may read warns too
(pin-file.readable-by-others, account-id-file.readable-by-others).
issue-pin without a PIN generates one of 6 random digits and prints it
once, after the state (--json: &quot;generatedPin&quot;); case show --reveal shows it
later. A PIN given with --pin must be at least 6 digits (0-9 only), not one
digit repeated (111111) and not a run up or down (123456, 987654, 567890):
a weak PIN is refused (exit 1) with its rule, pin.not-digits,
pin.too-short, pin.repeated or pin.sequential.
</source>
        <translation>Uso: portdesk-cli case advance ID EVENT [options]

Eventos de portabilidad entrante (rol):
  portable (support)                  not-portable --reason T (support)
  request-loa (support)               submit-loa (admin; todas las LOA firmadas: loa sign)
  request-change --fields F1,F2 [--reason T] (support)
  approve (support)                   set-foc --at ISO (support)
  confirm-foc (admin)                 reject-foc [--reason T] (admin: pedir otra fecha)
  cancel [--reason T] (admin; se rechaza a menos de 48 horas de la FOC)
  reject-numbers --numbers N1,N2 --reason T [--reason-code C] (support; hasta que
    los números entran al inventario: el operador rechazó estos números, el resto
    sigue; rechazar todos los que quedan termina el caso como no portable)
Eventos de portabilidad saliente:
  issue-pin --account-id-file FILE [--pin-file FILE] (support; o --account-id -,
    --pin - (o --account-id-file -, --pin-file -) de la entrada estándar, una
    línea cada uno, primero el ID de cuenta)
  ported-out (support)                cancel (admin)

Opciones:
  --as admin|support   el rol que da el paso (predeterminado: el rol propio del
                       evento); en una base de datos del equipo, el rol del
                       usuario, y --as solo puede repetirlo
  --expect-version N   solo si el caso sigue en la versión N (case show --json:
                       &quot;version&quot;); si no, se rechaza, salida 1, case.changed
  --reason T           --fields F1,F2 (nombres del archivo de solicitud, p. ej.
                       accountNumber,serviceAddress)
  --at ISO-8601        --account-id-file FILE --pin-file FILE  (la primera línea)
  --account-id -|ID    --pin -|PIN  (- lee una línea de la entrada estándar)
  --numbers N1,N2      (cualquier notación)   --reason-code C (predeterminado other):
    other-account, btn-mismatch, disconnected, not-portable, pending-order, other

issue-pin pide el ID de cuenta sin mostrarlo en pantalla cuando no se indica y
la entrada estándar es una terminal. Un valor escrito en la línea de comandos
(--pin PIN, --account-id ID) sigue funcionando, pero avisa en stderr
(pin.on-command-line, account-id.on-command-line): otros usuarios de la
máquina lo ven en ps, y el shell lo guarda. Un archivo que su grupo u otros
pueden leer también avisa (pin-file.readable-by-others,
account-id-file.readable-by-others).
issue-pin sin PIN genera uno de 6 dígitos aleatorios y lo imprime una vez,
después del estado (--json: &quot;generatedPin&quot;); case show --reveal lo muestra
más tarde. Un PIN indicado con --pin debe tener al menos 6 dígitos (solo 0-9),
no ser un dígito repetido (111111) ni una serie ascendente o descendente
(123456, 987654, 567890): un PIN débil se rechaza (salida 1) con su regla,
pin.not-digits, pin.too-short, pin.repeated o pin.sequential.
</translation>
    </message>
    <message>
        <source>--expect-version needs a version (a whole number, 0 or more).</source>
        <translation>--expect-version necesita una versión (un número entero, 0 o mayor).</translation>
    </message>
    <message>
        <source>--fields: &quot;%1&quot; is not a field of the request; name them as the request file does: %2.</source>
        <translation>--fields: &quot;%1&quot; no es un campo de la solicitud; nómbrelos como en el archivo de solicitud: %2.</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Port-out account ID (not shown): </source>
        <translation>ID de cuenta de la portabilidad saliente (no se muestra): </translation>
    </message>
    <message>
        <source>issue-pin needs the account ID: --account-id-file FILE, --account-id - (standard input), or run it at a terminal to be asked.</source>
        <translation>issue-pin necesita el ID de cuenta: --account-id-file FILE, --account-id - (entrada estándar), o ejecútelo en una terminal para que se lo pida.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A reveal is no step of the case: case show ID --reveal reveals and records it.</source>
        <translation>Revelar no es un paso del caso: case show ID --reveal lo revela y lo registra.</translation>
    </message>
    <message>
        <source>--as %1 contradicts the login: on this team store %2 is %3.</source>
        <translation>--as %1 contradice al usuario: en esta base de datos del equipo, %2 es %3.</translation>
    </message>
    <message>
        <source>Generated PIN: %1 (give it to the admin for the new carrier; case show --reveal shows it again)</source>
        <translation>PIN generado: %1 (entréguelo al administrador para el nuevo operador; case show --reveal lo vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>Rejected: %1 [%2] %3</source>
        <translation>Rechazado: %1 [%2] %3</translation>
    </message>
    <message>
        <source> (login %1)</source>
        <translation> (usuario %1)</translation>
    </message>
    <message>
        <source>--as belongs to case show --reveal: the role that reveals.</source>
        <translation>--as corresponde a case show --reveal: el rol que revela.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli [--db URL] [--read-only] [--now ISO-8601] [--json] COMMAND ...

Port United States phone numbers into and out of the cloud calling service.

Global options (before or after the command, e.g. case list --json):
  --db URL        the store: sqlite:PATH, a file path, or
                  postgresql://user@host:port/db (default: $PORTDESK_DB, else
                  the per-user store of the PortDesk app)
  --read-only     write nothing (a store you cannot write opens so by
                  itself): lists and shows work, changes are refused, and
                  steps the clock has made due are only reported
  --now ISO-8601  the clock for this run, e.g. 2026-12-14T10:00:00-05:00
  --json          machine-readable output on stdout; errors and warnings as
                  one JSON object on stderr: {&quot;exit&quot;: N, &quot;errors&quot;: [{&quot;rule&quot;,
                  &quot;field&quot;, &quot;message&quot;}, ...], &quot;warnings&quot;: [...]}
  --help          this help; COMMAND --help for a command&apos;s own help
  --version       the PortDesk version

Commands:
  validate NUMBER...                     one line each: E.164, verdict, reason
  port-in submit REQUEST.json            prints the new case id
  port-out submit REQUEST.json           prints the new case id
  case list [--state S] [--limit N]
  case show ID [--reveal [--as ROLE]]   fields, events, projected timeline; --reveal: the
                                         secrets the role may see, recorded in the history
  case advance ID EVENT [options]        one state change
  case correct ID REQUEST.json           the admin&apos;s corrections after a change request
  loa export ID --out DIR [--lang en|es] one PDF per carrier group
  loa sign ID --name N --title T [--carrier N|NAME] [--signature PNG] [--request FILE]
                                         sign the LOAs (submit-loa needs them all)
  loa status ID                          each carrier group&apos;s LOA: signed, expired, ...
  loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID | restore-file ID FILE_ID
                                         the case&apos;s attachments, named on its LOAs
  inventory list [--status S] [--prefix +1206] [--limit N] [...]
  inventory show NUMBER                  the number and its history
  inventory assign NUMBER... (--user EMAIL | --voice-connector NAME)
  inventory unassign NUMBER...
  inventory delete NUMBER...
  inventory restore NUMBER...
  inventory unassign-delete (NUMBER... | --case ID)   the end of a port-out
  inventory export --format json|csv [--out FILE]
  inventory import FILE.json [--create-voice-connectors]
  voice-connector create NAME [--region R] [--encryption]
  voice-connector edit NAME [--name NEW] [--region R] [--encryption|--no-encryption]
  voice-connector delete NAME
  voice-connector list
  user add EMAIL [--name NAME] | user edit EMAIL [...] | user list
  clock tick                             apply every transition come due
  store check [--quick]                  check the whole store for damage
  team init | team add-account NAME      a team store (PostgreSQL, by its owner):
  team add-admin LOGIN --account A [--email E] [--name N]
  team add-support LOGIN [--email E] [--name N] | team list
  notify send [--limit N]                send the email notifications that are due
  notify list [--pending] [--limit N]    the outbox, newest first
  notify opt-out KIND --email E | notify opt-in KIND --email E | notify opt-outs
  notify settings [--server URL] [--sender ADDR] [--user U] [--password-file F]
                  [--starttls required|optional|off] [--support-address A] [--timeout S]

A file argument or option that names a file to read takes - for standard
input (request files, inventory import, loa attach, --signature, --request,
--pin-file, --account-id-file).

Exit status: 0 done, 1 refused by a rule (reasons on stderr, one a line),
2 bad usage, 3 store unavailable or damaged.
</source>
        <translation>Uso: portdesk-cli [--db URL] [--read-only] [--now ISO-8601] [--json] COMMAND ...

Portabilidad de números telefónicos de Estados Unidos hacia y desde el
servicio de llamadas en la nube.

Opciones globales (antes o después del comando, p. ej. case list --json):
  --db URL        la base de datos: sqlite:PATH, una ruta de archivo o
                  postgresql://user@host:port/db (predeterminado: $PORTDESK_DB;
                  si no, la base de datos de usuario de la aplicación PortDesk)
  --read-only     no escribir nada (una base de datos que no puede escribir se
                  abre así por sí sola): listar y mostrar funcionan, los
                  cambios se rechazan, y los pasos que el reloj ha vencido
                  solo se informan
  --now ISO-8601  el reloj de esta ejecución, p. ej. 2026-12-14T10:00:00-05:00
  --json          salida legible por máquina en stdout; errores y avisos como
                  un objeto JSON en stderr: {&quot;exit&quot;: N, &quot;errors&quot;: [{&quot;rule&quot;,
                  &quot;field&quot;, &quot;message&quot;}, ...], &quot;warnings&quot;: [...]}
  --help          esta ayuda; COMMAND --help para la ayuda de un comando
  --version       la versión de PortDesk

Comandos:
  validate NUMBER...                     una línea por número: E.164, resultado, motivo
  port-in submit REQUEST.json            imprime el ID del nuevo caso
  port-out submit REQUEST.json           imprime el ID del nuevo caso
  case list [--state S] [--limit N]
  case show ID [--reveal [--as ROLE]]   campos, eventos, cronología proyectada;
                                         --reveal: los datos secretos que el rol
                                         puede ver, registrados en el historial
  case advance ID EVENT [options]        un cambio de estado
  case correct ID REQUEST.json           las correcciones del administrador tras
                                         una solicitud de cambios
  loa export ID --out DIR [--lang en|es] un PDF por grupo de operador
  loa sign ID --name N --title T [--carrier N|NAME] [--signature PNG] [--request FILE]
                                         firmar las LOA (submit-loa las necesita todas)
  loa status ID                          la LOA de cada grupo de operador: firmada,
                                         vencida, ...
  loa files ID | attach ID FILE [--kind K] | delete-file ID FILE_ID | restore-file ID FILE_ID
                                         los documentos adjuntos del caso, nombrados
                                         en sus LOA
  inventory list [--status S] [--prefix +1206] [--limit N] [...]
  inventory show NUMBER                  el número y su historial
  inventory assign NUMBER... (--user EMAIL | --voice-connector NAME)
  inventory unassign NUMBER...
  inventory delete NUMBER...
  inventory restore NUMBER...
  inventory unassign-delete (NUMBER... | --case ID)   el final de una portabilidad
                                         saliente
  inventory export --format json|csv [--out FILE]
  inventory import FILE.json [--create-voice-connectors]
  voice-connector create NAME [--region R] [--encryption]
  voice-connector edit NAME [--name NEW] [--region R] [--encryption|--no-encryption]
  voice-connector delete NAME
  voice-connector list
  user add EMAIL [--name NAME] | user edit EMAIL [...] | user list
  clock tick                             aplicar cada transición que ya venció
  store check [--quick]                  revisar si la base de datos está dañada
  team init | team add-account NAME      una base de datos del equipo (PostgreSQL,
                                         la crea su propietario):
  team add-admin LOGIN --account A [--email E] [--name N]
  team add-support LOGIN [--email E] [--name N] | team list
  notify send [--limit N]                enviar las notificaciones por correo
                                         pendientes
  notify list [--pending] [--limit N]    la bandeja de salida, la más reciente
                                         primero
  notify opt-out KIND --email E | notify opt-in KIND --email E | notify opt-outs
  notify settings [--server URL] [--sender ADDR] [--user U] [--password-file F]
                  [--starttls required|optional|off] [--support-address A] [--timeout S]

Un argumento u opción que nombra un archivo para leer admite - para la entrada
estándar (archivos de solicitud, inventory import, loa attach, --signature,
--request, --pin-file, --account-id-file).

Estado de salida: 0 hecho, 1 rechazado por una regla (los motivos en stderr,
uno por línea), 2 uso incorrecto, 3 base de datos no disponible o dañada.
</translation>
    </message>
    <message>
        <source>%1 is given before and after the command with different values: give it once.</source>
        <translation>%1 se indica antes y después del comando con valores distintos: indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>PortDesk ended the last time without closing this store. %1</source>
        <translation>PortDesk terminó la última vez sin cerrar esta base de datos. %1</translation>
    </message>
    <message numerus="yes">
        <source>The store is open read-only (%1): steps the clock has made due were not applied (%n case(s) wait for one; purges: %2).</source>
        <translation>
            <numerusform>La base de datos está abierta en solo lectura (%1): no se aplicaron los pasos que el reloj ha vencido (%n caso espera uno; purgas: %2).</numerusform>
            <numerusform>La base de datos está abierta en solo lectura (%1): no se aplicaron los pasos que el reloj ha vencido (%n casos esperan uno; purgas: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: standard input (-) is read once, and %2 reads it already; give one of them a file.</source>
        <translation>%1: la entrada estándar (-) se lee una sola vez, y %2 ya la lee; indique un archivo para uno de ellos.</translation>
    </message>
    <message>
        <source>%1: cannot read standard input: %2</source>
        <translation>%1: no se puede leer la entrada estándar: %2</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes.</source>
        <translation>%1: %2 ocupa más de %3 bytes.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 no admite --%2.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli inventory list [--status S] [--prefix +1206] [--product-type T]
                                   [--assignee TEXT] [--case ID] [--ported-out]
                                   [--sort KEY] [--desc] [--limit N]
       portdesk-cli inventory show NUMBER           the number and its history
       portdesk-cli inventory assign NUMBER... (--user EMAIL | --voice-connector NAME) [--partial]
       portdesk-cli inventory unassign NUMBER... [--partial]
       portdesk-cli inventory delete NUMBER... [--partial]
       portdesk-cli inventory restore NUMBER... [--partial]
         (assign, unassign, delete, restore of one number: [--expect-version N];
          delete and restore of several: [--expect-versions N1,N2,...])
       portdesk-cli inventory unassign-delete (NUMBER... [--partial] | --case ID)
       portdesk-cli inventory export --format json|csv [--out FILE] [list filters]
       portdesk-cli inventory import FILE.json [--create-voice-connectors]   (- reads stdin)

Statuses: PortinInProgress, Unassigned, Assigned, PortoutInProgress,
DeleteInProgress. Deleted numbers stay restorable for 7 days.
Sort keys: number (default), status, product-type, created, updated, case.
Several numbers change in one transaction, all or nothing; with --partial
every acceptable number changes and the refused ones are listed (exit 1).
unassign-delete unassigns and deletes (the end of a port-out); --case ID does
it for every number of a ported-out port-out case.
A number&apos;s version (list and show --json: &quot;version&quot;) grows by one with
every change. --expect-version N changes the number only if it is still at
version N; --expect-versions gives one version per number, in their order
(all or nothing; not with --partial). A number changed since is refused
(exit 1, number.changed: who changed it, when).
export writes the ListPhoneNumbers JSON shape or CSV (stdout without --out).
import is all or nothing: every refused row is listed by index and reason.
</source>
        <translation>Uso: portdesk-cli inventory list [--status S] [--prefix +1206] [--product-type T]
                                 [--assignee TEXT] [--case ID] [--ported-out]
                                 [--sort KEY] [--desc] [--limit N]
     portdesk-cli inventory show NUMBER           el número y su historial
     portdesk-cli inventory assign NUMBER... (--user EMAIL | --voice-connector NAME) [--partial]
     portdesk-cli inventory unassign NUMBER... [--partial]
     portdesk-cli inventory delete NUMBER... [--partial]
     portdesk-cli inventory restore NUMBER... [--partial]
       (assign, unassign, delete, restore de un número: [--expect-version N];
        delete y restore de varios: [--expect-versions N1,N2,...])
     portdesk-cli inventory unassign-delete (NUMBER... [--partial] | --case ID)
     portdesk-cli inventory export --format json|csv [--out FILE] [filtros de list]
     portdesk-cli inventory import FILE.json [--create-voice-connectors]   (- lee stdin)

Estados: PortinInProgress, Unassigned, Assigned, PortoutInProgress,
DeleteInProgress. Los números eliminados se pueden restaurar durante 7 días.
Claves de ordenación: number (predeterminada), status, product-type, created,
updated, case.
Varios números cambian en una sola transacción, todo o nada; con --partial
cambian todos los números aceptables y se listan los rechazados (salida 1).
unassign-delete desasigna y elimina (el final de una portabilidad saliente);
--case ID lo hace con cada número de un caso de portabilidad saliente ya
portado.
La versión de un número (list y show --json: &quot;version&quot;) aumenta en uno con
cada cambio. --expect-version N cambia el número solo si sigue en la versión
N; --expect-versions indica una versión por número, en su orden (todo o nada;
no con --partial). Un número cambiado desde entonces se rechaza (salida 1,
number.changed: quién lo cambió y cuándo).
export escribe la forma JSON de ListPhoneNumbers o CSV (stdout sin --out).
import es todo o nada: cada fila rechazada se lista con su índice y motivo.
</translation>
    </message>
    <message>
        <source>--expect-version and --expect-versions do not go with --partial.</source>
        <translation>--expect-version y --expect-versions no se combinan con --partial.</translation>
    </message>
    <message>
        <source>Give --expect-version or --expect-versions, not both.</source>
        <translation>Indique --expect-version o --expect-versions, no ambos.</translation>
    </message>
    <message>
        <source>--expect-version is for one number; for several use --expect-versions.</source>
        <translation>--expect-version es para un número; para varios use --expect-versions.</translation>
    </message>
    <message>
        <source>inventory %1 of several numbers takes no versions: name one number with --expect-version.</source>
        <translation>inventory %1 de varios números no admite versiones: indique un solo número con --expect-version.</translation>
    </message>
    <message>
        <source>--expect-versions needs one version per number (%1), in their order.</source>
        <translation>--expect-versions necesita una versión por número (%1), en su orden.</translation>
    </message>
    <message>
        <source>--expect-versions needs whole numbers, 0 or more, separated by commas.</source>
        <translation>--expect-versions necesita números enteros, 0 o mayores, separados por comas.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli loa sign ID --name NAME --title TITLE [--carrier N|NAME]
                             [--signature PNG] [--request CORRECTED.json]
       portdesk-cli loa status ID

sign: the authorizing person signs the LOA of one carrier group (--carrier:
its number 1, 2, ... or its carrier&apos;s name; default: every group whose LOA
is not signed, expired or shows an older request) as the request stands, or
as CORRECTED.json will make it: after a change request, sign the corrected
LOAs with --request, then run case correct with the same file. Each
signature is a new version, good for 90 days; submit-loa needs every group
signed. Prints &quot;carrier N: version V&quot; for each LOA signed.
  --signature PNG   a drawn signature (PNG, at most 1 MiB; - reads it from
                    standard input, as bytes)
  --request FILE    the corrected request (- reads standard input; only one
                    of --signature and --request may read it)
status: each carrier group&apos;s LOA: unsigned, signed, expired or
needs-resigning, with its version, signer and validity, then whether
submit-loa may go ahead (and if not, why).
</source>
        <translation>Uso: portdesk-cli loa sign ID --name NAME --title TITLE [--carrier N|NAME]
                           [--signature PNG] [--request CORRECTED.json]
     portdesk-cli loa status ID

sign: la persona que autoriza firma la LOA de un grupo de operador (--carrier:
su número 1, 2, ... o el nombre de su operador; predeterminado: cada grupo
cuya LOA no está firmada, está vencida o muestra una solicitud anterior) tal
como está la solicitud, o como la dejará CORRECTED.json: tras una solicitud
de cambios, firme las LOA corregidas con --request y luego ejecute case
correct con el mismo archivo. Cada firma es una versión nueva, válida durante
90 días; submit-loa necesita todos los grupos firmados. Imprime
&quot;carrier N: version V&quot; por cada LOA firmada.
  --signature PNG   una firma dibujada (PNG, como máximo 1 MiB; - la lee de
                    la entrada estándar, como bytes)
  --request FILE    la solicitud corregida (- lee la entrada estándar; solo
                    una de --signature y --request puede leerla)
status: la LOA de cada grupo de operador: unsigned, signed, expired o
needs-resigning, con su versión, firmante y validez, y luego si submit-loa
puede seguir adelante (y si no, por qué).
</translation>
    </message>
    <message>
        <source>store.key-unavailable: no LOA is made: this store&apos;s account numbers and PINs cannot be read with your key: %1</source>
        <translation>store.key-unavailable: no se genera ninguna LOA: los números de cuenta y PIN de esta base de datos no se pueden leer con su clave: %1</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli loa files ID
       portdesk-cli loa attach ID FILE [--kind carrier-invoice|customer-service-record]
       portdesk-cli loa delete-file ID FILE_ID
       portdesk-cli loa restore-file ID FILE_ID

The files kept with a case, named on its LOAs: a recent carrier invoice or
customer service record, PDF, PNG or JPEG (judged by content), at most 10 MiB.
attach ID - reads the file from standard input, as bytes, and names it after
its kind and type (carrier-invoice.pdf).
files: one line each: file id, kind, name, size, added, and &quot;deleted&quot; with
the time for a file deleted from the case (restorable for 7 days, then
purged by the clock). attach: prints the new file&apos;s id (--kind defaults to
carrier-invoice). delete-file / restore-file: take a file off the case or
put it back (not on a closed case). These are the admin&apos;s.
</source>
        <translation>Uso: portdesk-cli loa files ID
     portdesk-cli loa attach ID FILE [--kind carrier-invoice|customer-service-record]
     portdesk-cli loa delete-file ID FILE_ID
     portdesk-cli loa restore-file ID FILE_ID

Los archivos que se guardan con un caso, nombrados en sus LOA: una factura
reciente del operador o un registro de servicio al cliente, en PDF, PNG o JPEG
(a juzgar por el contenido), de 10 MiB como máximo.
attach ID - lee el archivo de la entrada estándar, como bytes, y lo nombra
según su clase y tipo (carrier-invoice.pdf).
files: una línea por archivo: ID de archivo, clase, nombre, tamaño, fecha en
que se agregó y &quot;deleted&quot; con la hora para un archivo eliminado del caso
(se puede restaurar durante 7 días; luego el reloj lo purga). attach: imprime
el ID del nuevo archivo (--kind es carrier-invoice si no se indica).
delete-file / restore-file: quitan un archivo del caso o lo devuelven (no en
un caso cerrado). Estos comandos son del administrador.
</translation>
    </message>
    <message>
        <source>Standard input holds more than %1: attachments may be at most that.</source>
        <translation>La entrada estándar contiene más de %1: los documentos adjuntos pueden pesar como máximo eso.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli loa provider [--name NAME] [--provider-id ID] [--contact TEXT]
       portdesk-cli loa provider --reset

The gaining provider every LOA names: the company the numbers move to (its
name in the authorization, with its provider ID and porting contact when
given). Kept in this machine&apos;s settings, shared with the PortDesk app; the
default is Amazon Chime. Without options, prints it; with options, sets
them (an empty value clears --provider-id or --contact; an empty --name
goes back to the default name).
  --name NAME          the gaining provider&apos;s company name
  --provider-id ID     optional: its provider ID (e.g. SPID/OCN, RespOrg ID)
  --contact TEXT       optional: its porting contact (phone or email)
  --reset              back to the default
</source>
        <translation>Uso: portdesk-cli loa provider [--name NAME] [--provider-id ID] [--contact TEXT]
     portdesk-cli loa provider --reset

El nuevo proveedor de servicio que nombra cada LOA: la empresa a la que pasan
los números (su nombre en la autorización, con su ID de proveedor y su
contacto de portabilidad si se indican). Se guarda en la configuración de esta
máquina, compartida con la aplicación PortDesk; el predeterminado es Amazon
Chime. Sin opciones, lo imprime; con opciones, las fija (un valor vacío borra
--provider-id o --contact; un --name vacío vuelve al nombre predeterminado).
  --name NAME          el nombre de la empresa del nuevo proveedor
  --provider-id ID     opcional: su ID de proveedor (p. ej. SPID/OCN, ID de RespOrg)
  --contact TEXT       opcional: su contacto de portabilidad (teléfono o correo)
  --reset              volver al predeterminado
</translation>
    </message>
    <message>
        <source>loa provider takes no arguments, only options.</source>
        <translation>loa provider no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>--reset goes alone: it restores the default gaining provider.</source>
        <translation>--reset va solo: restablece el nuevo proveedor de servicio predeterminado.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>provider ID</source>
        <translation>ID de proveedor</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli [--now ISO] [--json] notify send [--limit N]
       portdesk-cli [--json] notify list [--pending] [--limit N]
       portdesk-cli notify opt-out KIND --email E
       portdesk-cli notify opt-in KIND --email E
       portdesk-cli [--json] notify opt-outs
       portdesk-cli [--json] notify settings [--server URL] [--sender ADDR] [--user U]
           [--password-file F] [--starttls required|optional|off]
           [--support-address A] [--timeout SECONDS]

Email notifications. Every case event that concerns someone puts a message
in the store&apos;s outbox, in the event&apos;s own transaction: to the case&apos;s admin
(and the account&apos;s admins on a team store) when the numbers are portable
or not, the LOA is requested, a change is requested, the FOC is set, the
numbers are in the inventory, the port is completed or a port-out PIN is
issued; to every admin of the account on a port-out request; to support on
a submission, an LOA submitted and a FOC confirmed. No message holds a PIN,
an account number or a port-out account ID.

send      sends what is due over SMTP (the settings below) and prints the
          counts: sent, failed (tried again later: after 1, 2, 4 ... minutes,
          at most an hour), gave up (after 10 attempts), pending. For cron or
          the systemd timer portdesk-notify.timer. Two senders never send the
          same message.
list      the outbox: id, case, kind, recipient, status (sent, pending,
          gave-up), attempts, next attempt, last error; --pending: unsent only.
opt-out   KIND --email E: E gets no more messages of KIND; opt-in undoes it.
          KIND is one of: portable, not-portable, loa-requested,
          change-requested, foc-set, in-inventory, completed, pin-issued,
          port-out-requested, submitted, loa-submitted, foc-confirmed.
opt-outs  every opt-out of the store.
settings  this machine&apos;s SMTP settings, shared with the PortDesk app;
          without options, prints them.
  --server URL          smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT]
  --sender ADDR         the From address
  --user U              the SMTP login (an empty value: no authentication)
  --password-file F     a file readable by you alone (chmod 600) whose first
                        line is the password; its path is kept, never the
                        password. Or set PORTDESK_SMTP_PASSWORD.
  --starttls MODE       required (the default), optional or off (smtp:// only)
  --support-address A   support&apos;s address on a store without support members
  --timeout SECONDS     connect timeout (the whole message: twice that)

Rules (exit 1): notify.unknown-kind, notify.bad-email, notify.bad-server,
notify.bad-starttls, notify.password-file, notify.not-configured.
</source>
        <translation>Uso: portdesk-cli [--now ISO] [--json] notify send [--limit N]
     portdesk-cli [--json] notify list [--pending] [--limit N]
     portdesk-cli notify opt-out KIND --email E
     portdesk-cli notify opt-in KIND --email E
     portdesk-cli [--json] notify opt-outs
     portdesk-cli [--json] notify settings [--server URL] [--sender ADDR] [--user U]
         [--password-file F] [--starttls required|optional|off]
         [--support-address A] [--timeout SECONDS]

Notificaciones por correo electrónico. Cada evento de un caso que concierne a
alguien deja un mensaje en la bandeja de salida de la base de datos, en la
misma transacción del evento: al administrador del caso (y a los
administradores de la cuenta en una base de datos del equipo) cuando los
números son portables o no, se solicita la LOA, se solicitan cambios, se fija
la FOC, los números están en el inventario, la portabilidad se completa o se
emite un PIN de portabilidad saliente; a cada administrador de la cuenta ante
una solicitud de portabilidad saliente; a soporte ante un envío, una LOA
enviada y una FOC confirmada. Ningún mensaje contiene un PIN, un número de
cuenta ni un ID de cuenta de portabilidad saliente.

send      envía por SMTP lo pendiente (la configuración de abajo) e imprime los
          totales: enviados, fallidos (se reintentan más tarde: tras 1, 2,
          4 ... minutos, como máximo una hora), abandonados (tras 10
          intentos), pendientes. Para cron o el temporizador de systemd
          portdesk-notify.timer. Dos remitentes nunca envían el mismo mensaje.
list      la bandeja de salida: ID, caso, clase, destinatario, estado (sent,
          pending, gave-up), intentos, próximo intento, último error;
          --pending: solo los no enviados.
opt-out   KIND --email E: E ya no recibe mensajes de la clase KIND; opt-in lo
          deshace. KIND es uno de: portable, not-portable, loa-requested,
          change-requested, foc-set, in-inventory, completed, pin-issued,
          port-out-requested, submitted, loa-submitted, foc-confirmed.
opt-outs  todas las bajas de la base de datos.
settings  la configuración SMTP de esta máquina, compartida con la aplicación
          PortDesk; sin opciones, la imprime.
  --server URL          smtp://HOST[:PORT] (STARTTLS) o smtps://HOST[:PORT]
  --sender ADDR         la dirección del remitente (From)
  --user U              el usuario SMTP (un valor vacío: sin autenticación)
  --password-file F     un archivo que solo usted puede leer (chmod 600) cuya
                        primera línea es la contraseña; se guarda su ruta,
                        nunca la contraseña. O defina PORTDESK_SMTP_PASSWORD.
  --starttls MODE       required (el predeterminado), optional u off (solo
                        smtp://)
  --support-address A   la dirección de soporte en una base de datos sin
                        miembros de soporte
  --timeout SECONDS     tiempo de espera de conexión (todo el mensaje: el doble)

Reglas (salida 1): notify.unknown-kind, notify.bad-email, notify.bad-server,
notify.bad-starttls, notify.password-file, notify.not-configured.
</translation>
    </message>
    <message>
        <source>notify needs: send, list, opt-out, opt-in, opt-outs or settings</source>
        <translation>notify necesita: send, list, opt-out, opt-in, opt-outs o settings</translation>
    </message>
    <message>
        <source>notify send takes no arguments.</source>
        <translation>notify send no admite argumentos.</translation>
    </message>
    <message>
        <source>No SMTP server is set: portdesk-cli notify settings --server URL --sender ADDR first.</source>
        <translation>No hay ningún servidor SMTP configurado: primero portdesk-cli notify settings --server URL --sender ADDR.</translation>
    </message>
    <message>
        <source>sent %1, failed %2, gave up %3, pending %4</source>
        <translation>enviados %1, fallidos %2, abandonados %3, pendientes %4</translation>
    </message>
    <message>
        <source>Some messages did not go; portdesk-cli notify list --pending says why.</source>
        <translation>Algunos mensajes no salieron; portdesk-cli notify list --pending indica por qué.</translation>
    </message>
    <message>
        <source>notify list takes no arguments.</source>
        <translation>notify list no admite argumentos.</translation>
    </message>
    <message>
        <source>notify opt-out and opt-in need a KIND and --email E.</source>
        <translation>notify opt-out y opt-in necesitan una clase (KIND) y --email E.</translation>
    </message>
    <message>
        <source>notify opt-outs takes no arguments.</source>
        <translation>notify opt-outs no admite argumentos.</translation>
    </message>
    <message>
        <source>notify settings takes no arguments, only options.</source>
        <translation>notify settings no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>--sender &quot;%1&quot; is not a valid email address.</source>
        <translation>--sender &quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>--support-address &quot;%1&quot; is not a valid email address.</source>
        <translation>--support-address &quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>--password-file names a file that every notify send reads again; standard input (-) cannot be kept: give the file&apos;s path.</source>
        <translation>--password-file nombra un archivo que cada notify send vuelve a leer; la entrada estándar (-) no se puede guardar: indique la ruta del archivo.</translation>
    </message>
    <message>
        <source>--starttls is one of required, optional and off, not &quot;%1&quot;.</source>
        <translation>--starttls es required, optional u off, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation>--timeout necesita un número de segundos entre 1 y 600.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>archivo de contraseña</translation>
    </message>
    <message>
        <source>starttls</source>
        <translation>starttls</translation>
    </message>
    <message>
        <source>support address</source>
        <translation>dirección de soporte</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera</translation>
    </message>
    <message>
        <source>Give --%1 or --%2, not both.</source>
        <translation>Indique --%1 o --%2, no ambos.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1 may be read by its group or by others; keep the %2 in a file only you can read (chmod 600 %1).</source>
        <translation>%1 lo pueden leer su grupo u otros usuarios; guarde el %2 en un archivo que solo usted pueda leer (chmod 600 %1).</translation>
    </message>
    <message>
        <source>The %1 given with --%2 is visible to other users of this machine (in ps) and stays in your shell history; use --%3 FILE or --%2 - (standard input) instead.</source>
        <translation>El %1 indicado con --%2 es visible para otros usuarios de esta máquina (en ps) y queda en el historial de su shell; use en su lugar --%3 FILE o --%2 - (entrada estándar).</translation>
    </message>
    <message>
        <source>--%1: the first line of %2 is empty; it must hold the %3.</source>
        <translation>--%1: la primera línea de %2 está vacía; debe contener el %3.</translation>
    </message>
    <message>
        <source>No %1 was read from standard input.</source>
        <translation>No se leyó ningún %1 de la entrada estándar.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli [--db URL] [--read-only] store check [--quick]
       portdesk-cli [--db URL] [--json] store keys
       portdesk-cli [--db URL] store grant-keys

Checks the whole store for damage, which opening a store does not (opening
looks at the file&apos;s header and schema only, so that it takes the same time
for a small store and a large one). Runs in one read transaction: other
programs may go on writing meanwhile, and nothing is written.

SQLite: every page and every index (--quick: the pages only, several times
faster). PostgreSQL: every row of every table is read.

Prints what was checked. Exit status 0: no damage found; 3: the store is
damaged (what was found on stderr) or cannot be opened.

Account numbers, PINs and port-out account IDs are sealed in the store with
the store&apos;s data key, which the store keeps only sealed to each person&apos;s own
key (PORTDESK_STORE_KEY, the desktop keyring, or the key file
~/.config/portdesk/store.key). store keys lists the keys that may read the
secrets (and those that asked to), and whether yours can now. store
grant-keys, run by someone who can read them, gives the store&apos;s key to every
key that asked for it (on a team store: of a member of the team). Exit
status 1 (store.key-unavailable) when your key cannot read the secrets.
</source>
        <translation>Uso: portdesk-cli [--db URL] [--read-only] store check [--quick]
     portdesk-cli [--db URL] [--json] store keys
     portdesk-cli [--db URL] store grant-keys

Revisa si toda la base de datos está dañada, cosa que abrirla no hace (al
abrirla solo se miran el encabezado y el esquema del archivo, para que tarde
lo mismo con una base de datos pequeña que con una grande). Se ejecuta en una
sola transacción de lectura: otros programas pueden seguir escribiendo
mientras tanto, y no se escribe nada.

SQLite: cada página y cada índice (--quick: solo las páginas, varias veces
más rápido). PostgreSQL: se lee cada fila de cada tabla.

Imprime lo que se revisó. Estado de salida 0: no se encontró ningún daño;
3: la base de datos está dañada (lo encontrado, en stderr) o no se puede abrir.

Los números de cuenta, los PIN y los ID de cuenta de portabilidad saliente se
sellan en la base de datos con su clave de datos, que la base de datos solo
guarda sellada con la clave propia de cada persona (PORTDESK_STORE_KEY, el
llavero del escritorio o el archivo de clave ~/.config/portdesk/store.key).
store keys lista las claves que pueden leer los datos secretos (y las que lo
pidieron), y si la suya puede ahora. store grant-keys, ejecutado por alguien
que puede leerlos, da la clave de la base de datos a cada clave que la pidió
(en una base de datos del equipo: de un miembro del equipo). Estado de salida
1 (store.key-unavailable) si su clave no puede leer los datos secretos.
</translation>
    </message>
    <message>
        <source>store needs: check, keys or grant-keys</source>
        <translation>store necesita: check, keys o grant-keys</translation>
    </message>
    <message>
        <source>store keys takes no arguments.</source>
        <translation>store keys no admite argumentos.</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedida</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>pedida</translation>
    </message>
    <message>
        <source>Your key reads this store&apos;s secrets.</source>
        <translation>Su clave lee los datos secretos de esta base de datos.</translation>
    </message>
    <message>
        <source>store.key-unavailable: this store&apos;s secrets cannot be read: %1</source>
        <translation>store.key-unavailable: los datos secretos de esta base de datos no se pueden leer: %1</translation>
    </message>
    <message>
        <source>store grant-keys takes no arguments.</source>
        <translation>store grant-keys no admite argumentos.</translation>
    </message>
    <message>
        <source>store.key-unavailable: only someone who can read this store&apos;s secrets can grant its key: %1</source>
        <translation>store.key-unavailable: solo quien puede leer los datos secretos de esta base de datos puede conceder su clave: %1</translation>
    </message>
    <message>
        <source>No key has asked for this store&apos;s key.</source>
        <translation>Ninguna clave ha pedido la clave de esta base de datos.</translation>
    </message>
    <message>
        <source>Granted the store&apos;s key to: %1</source>
        <translation>Se concedió la clave de la base de datos a: %1</translation>
    </message>
    <message>
        <source>store check takes no arguments.</source>
        <translation>store check no admite argumentos.</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli [--db URL] team init
       portdesk-cli [--db URL] team add-account NAME
       portdesk-cli [--db URL] team add-admin LOGIN --account A [--email E] [--name N]
       portdesk-cli [--db URL] team add-support LOGIN [--email E] [--name N]
       portdesk-cli [--db URL] [--json] team list

URL: postgresql://LOGIN@HOST[:PORT]/DB (the owner&apos;s login for all but list).

A team store is a PostgreSQL store shared by the admins of several accounts
(customer organizations) and the support agents who serve them all; each
person connects with a PostgreSQL login of their own. Run by the owner of the
store&apos;s tables (who may create roles):

  init         makes the store a team store: row-level security on every
               table with an account, the groups portdesk_admin and
               portdesk_support, their grants, and the checks that let a
               login take only its own role&apos;s steps. Safe to run again (after
               an upgrade, run it again).
  add-account  adds an account and prints its id (an existing name: its id)
  add-admin    makes LOGIN an admin of account A (an id or a name)
  add-support  makes LOGIN a support agent (reads every account)
  list         the accounts and the members

add-admin and add-support create the PostgreSQL login when it does not exist,
without a password: set one with psql&apos;s \password LOGIN, or use the
server&apos;s own authentication (peer, certificates). Running one again changes
the member&apos;s role, account, email or name.

On a team store the role comes from the login: case advance&apos;s --as may only
repeat it. A SQLite store is for one person and refuses these commands
(exit 1, team.needs-postgresql).
</source>
        <translation>Uso: portdesk-cli [--db URL] team init
     portdesk-cli [--db URL] team add-account NAME
     portdesk-cli [--db URL] team add-admin LOGIN --account A [--email E] [--name N]
     portdesk-cli [--db URL] team add-support LOGIN [--email E] [--name N]
     portdesk-cli [--db URL] [--json] team list

URL: postgresql://LOGIN@HOST[:PORT]/DB (el usuario del propietario, salvo
para list).

Una base de datos del equipo es una base de datos PostgreSQL compartida por
los administradores de varias cuentas (organizaciones de clientes) y los
agentes de soporte que las atienden a todas; cada persona se conecta con su
propio usuario de PostgreSQL. La ejecuta el propietario de las tablas de la
base de datos (que puede crear roles):

  init         convierte la base de datos en una base de datos del equipo:
               seguridad a nivel de fila en cada tabla con cuenta, los grupos
               portdesk_admin y portdesk_support, sus permisos y las
               comprobaciones que permiten a un usuario dar solo los pasos de
               su rol. Se puede volver a ejecutar sin riesgo (tras una
               actualización, ejecútelo de nuevo).
  add-account  agrega una cuenta e imprime su ID (un nombre existente: su ID)
  add-admin    hace a LOGIN administrador de la cuenta A (un ID o un nombre)
  add-support  hace a LOGIN agente de soporte (lee todas las cuentas)
  list         las cuentas y los miembros

add-admin y add-support crean el usuario de PostgreSQL si no existe, sin
contraseña: fije una con \password LOGIN de psql, o use la autenticación
propia del servidor (peer, certificados). Volver a ejecutar uno cambia el
rol, la cuenta, el correo o el nombre del miembro.

En una base de datos del equipo el rol lo da el usuario: --as de case advance
solo puede repetirlo. Una base de datos SQLite es para una sola persona y
rechaza estos comandos (salida 1, team.needs-postgresql).
</translation>
    </message>
    <message>
        <source>team needs: init, add-account, add-admin, add-support or list.</source>
        <translation>team necesita: init, add-account, add-admin, add-support o list.</translation>
    </message>
    <message>
        <source>team init takes no arguments.</source>
        <translation>team init no admite argumentos.</translation>
    </message>
    <message>
        <source>%1 is a team store: add accounts, admins and support agents.</source>
        <translation>%1 es una base de datos del equipo: agregue cuentas, administradores y agentes de soporte.</translation>
    </message>
    <message>
        <source>team add-account needs a name.</source>
        <translation>team add-account necesita un nombre.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists already.</source>
        <translation>La cuenta &quot;%1&quot; ya existe.</translation>
    </message>
    <message>
        <source>team add-admin needs a login and --account.</source>
        <translation>team add-admin necesita un usuario y --account.</translation>
    </message>
    <message>
        <source>team add-support needs a login.</source>
        <translation>team add-support necesita un usuario.</translation>
    </message>
    <message>
        <source>A support agent serves every account: add-support takes no --account.</source>
        <translation>Un agente de soporte atiende todas las cuentas: add-support no admite --account.</translation>
    </message>
    <message>
        <source>Created the login %1 without a password: set one with psql&apos;s \password %1 (or use the server&apos;s own authentication).</source>
        <translation>Se creó el usuario %1 sin contraseña: fije una con \password %1 de psql (o use la autenticación propia del servidor).</translation>
    </message>
    <message>
        <source>%1: admin of account %2</source>
        <translation>%1: administrador de la cuenta %2</translation>
    </message>
    <message>
        <source>%1: support</source>
        <translation>%1: soporte</translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation>team list no admite argumentos.</translation>
    </message>
    <message>
        <source>Not a team store yet (team init makes it one).</source>
        <translation>Aún no es una base de datos del equipo (team init la convierte).</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Cuentas:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Usage: portdesk-cli validate NUMBER...

Checks each number: one line each with its E.164 form (or the input when it
cannot be read), the verdict (valid, toll-free or refused) and the reason.
Area codes and countries follow today&apos;s numbering plan: the data compiled
into PortDesk (with --json, each row&apos;s &quot;numberingData&quot; names its version).
Exit status 1 when any number is refused.
</source>
        <translation>Uso: portdesk-cli validate NUMBER...

Comprueba cada número: una línea por número con su forma E.164 (o lo escrito
si no se puede leer), el resultado (valid, toll-free o refused) y el motivo.
Los códigos de área y los países siguen el plan de numeración actual: los
datos compilados en PortDesk (con --json, el &quot;numberingData&quot; de cada fila
indica su versión). Estado de salida 1 si se rechaza algún número.
</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>Comments are written by the admin or support.</source>
        <translation>Los comentarios los escribe el administrador o soporte.</translation>
    </message>
    <message>
        <source>Only support can write internal notes.</source>
        <translation>Solo soporte puede escribir notas internas.</translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation>Escriba algo antes de agregar el comentario.</translation>
    </message>
    <message>
        <source>A comment can be at most %1 characters long; this one has %2.</source>
        <translation>Un comentario puede tener como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>The email address associated with your administrator account: support answers there.</source>
        <translation>La dirección de correo electrónico asociada a su cuenta de administrador: soporte le responde allí.</translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation>&amp;Correo electrónico del administrador:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>The email address of your administrator account: support answers there and notifications go to it. Required; a valid address of at most 254 characters. A new request starts with the last address used on this machine.</source>
        <translation>La dirección de correo electrónico de su cuenta de administrador: soporte le responde allí y las notificaciones van a ella. Obligatoria; una dirección válida de como máximo 254 caracteres. Una solicitud nueva empieza con la última dirección usada en este equipo.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>Give the email address of the user.</source>
        <translation>Indique la dirección de correo electrónico del usuario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>El nombre es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A user with the email address %1 already exists.</source>
        <translation>Ya existe un usuario con la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>Give the Voice Connector a name.</source>
        <translation>Dele un nombre al Voice Connector.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable Voice Connector name: up to 100 letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; no es un nombre de Voice Connector utilizable: hasta 100 letras, dígitos, espacios, puntos, guiones y guiones bajos, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Voice Connector region; use one of %2.</source>
        <translation>&quot;%1&quot; no es una región de Voice Connector; use una de %2.</translation>
    </message>
    <message>
        <source>A Voice Connector named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un Voice Connector llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Voice Connector no longer exists.</source>
        <translation>El Voice Connector ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed while open port-ins name it (case %2).</source>
        <translation>&quot;%1&quot; no se puede renombrar mientras lo nombren portabilidades entrantes abiertas (caso %2).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n number(s) assigned: unassign them before deleting it.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n número asignado: desasígnelo antes de eliminarlo.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n números asignados: desasígnelos antes de eliminarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while open port-ins name it (case %2).</source>
        <translation>&quot;%1&quot; no se puede eliminar mientras lo nombren portabilidades entrantes abiertas (caso %2).</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>The draft no longer exists (it may have been discarded or pruned already).</source>
        <translation>El borrador ya no existe (puede que ya se haya descartado o depurado).</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>PortDesk &amp;guide</source>
        <translation>&amp;Guía de PortDesk</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿Q&amp;ué es esto?</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported:</source>
        <translation>
            <numerusform>%n fila rechazada; no se importó nada:</numerusform>
            <numerusform>%n filas rechazadas; no se importó nada:</numerusform>
        </translation>
    </message>
    <message>
        <source>• Row %1 (%2): %3</source>
        <translation>• Fila %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n number(s).</source>
        <translation>
            <numerusform>Se importó %n número.</numerusform>
            <numerusform>Se importaron %n números.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s).</source>
        <translation>
            <numerusform>%n usuario nuevo.</numerusform>
            <numerusform>%n usuarios nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Voice Connectors: %1.</source>
        <translation>Voice Connectors nuevos: %1.</translation>
    </message>
</context>
<context>
    <name>InventoryExchange</name>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>No se pudo escribir la exportación: %1.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>el archivo termina antes de tiempo</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>en el byte %1: %2</translation>
    </message>
    <message>
        <source>a text never ends</source>
        <translation>un texto nunca termina</translation>
    </message>
    <message>
        <source>The row is not a JSON object.</source>
        <translation>La fila no es un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is already in the inventory.</source>
        <translation>%1 ya está en el inventario.</translation>
    </message>
    <message>
        <source>%1 is in open port-in %2.</source>
        <translation>%1 está en la portabilidad entrante abierta %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time in ISO 8601 form.</source>
        <translation>%1 no es una fecha y hora en formato ISO 8601.</translation>
    </message>
    <message>
        <source>E164PhoneNumber is missing.</source>
        <translation>Falta E164PhoneNumber.</translation>
    </message>
    <message>
        <source>E164PhoneNumber: %1</source>
        <translation>E164PhoneNumber: %1</translation>
    </message>
    <message>
        <source>%1 is already in row %2 of the file.</source>
        <translation>%1 ya está en la fila %2 del archivo.</translation>
    </message>
    <message>
        <source>Country must be &quot;US&quot;, not &quot;%1&quot;.</source>
        <translation>Country debe ser &quot;US&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type must be Local or TollFree, not &quot;%1&quot;.</source>
        <translation>Type debe ser Local o TollFree, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is toll-free, but Type says Local.</source>
        <translation>%1 es gratuito, pero Type indica Local.</translation>
    </message>
    <message>
        <source>%1 is not toll-free, but Type says TollFree.</source>
        <translation>%1 no es gratuito, pero Type indica TollFree.</translation>
    </message>
    <message>
        <source>ProductType must be BusinessCalling or VoiceConnector, not &quot;%1&quot;.</source>
        <translation>ProductType debe ser BusinessCalling o VoiceConnector, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is toll-free: toll-free numbers are Voice Connector numbers, never Business Calling.</source>
        <translation>%1 es gratuito: los números gratuitos son números de Voice Connector, nunca de Business Calling.</translation>
    </message>
    <message>
        <source>%1 is still being ported in: import it once its port-in has completed.</source>
        <translation>%1 todavía se está portando: impórtelo cuando su portabilidad entrante se haya completado.</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; cannot be imported: use Unassigned, Assigned or DeleteInProgress.</source>
        <translation>El estado &quot;%1&quot; no se puede importar: use Unassigned, Assigned o DeleteInProgress.</translation>
    </message>
    <message>
        <source>DeletionTimestamp is set, but Status is %1.</source>
        <translation>DeletionTimestamp tiene valor, pero Status es %1.</translation>
    </message>
    <message>
        <source>Associations must be a list.</source>
        <translation>Associations debe ser una lista.</translation>
    </message>
    <message>
        <source>Status is %1, but Associations names an assignee.</source>
        <translation>Status es %1, pero Associations nombra a un asignatario.</translation>
    </message>
    <message>
        <source>Status is Assigned: Associations must name exactly one user or Voice Connector.</source>
        <translation>Status es Assigned: Associations debe nombrar exactamente un usuario o un Voice Connector.</translation>
    </message>
    <message>
        <source>A %1 number&apos;s association is %2, not &quot;%3&quot;.</source>
        <translation>La asociación de un número %1 es %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The association has no Value.</source>
        <translation>La asociación no tiene Value.</translation>
    </message>
    <message>
        <source>UserId &quot;%1&quot; is not a valid email address.</source>
        <translation>UserId &quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;: create it first (or import with missing connectors created).</source>
        <translation>No existe ningún Voice Connector llamado &quot;%1&quot;: créelo primero (o importe creando los conectores que falten).</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>The file is not an inventory in the ListPhoneNumbers shape (%1).</source>
        <translation>El archivo no es un inventario con la forma de ListPhoneNumbers (%1).</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>se esperaba el nombre de un miembro</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1); nothing was imported.</source>
        <translation>El archivo no es JSON válido (%1); no se importó nada.</translation>
    </message>
    <message>
        <source>The file has no &quot;PhoneNumbers&quot; list: it is not a ListPhoneNumbers response.</source>
        <translation>El archivo no tiene una lista &quot;PhoneNumbers&quot;: no es una respuesta de ListPhoneNumbers.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <source>%1 is not in the phone number inventory.</source>
        <translation>%1 no está en el inventario de números telefónicos.</translation>
    </message>
    <message>
        <source>%1 was ported out: it has left for another carrier and cannot be assigned.</source>
        <translation>%1 se portó a otro operador: ya se fue y no se puede asignar.</translation>
    </message>
    <message>
        <source>%1 is in the deletion queue: restore it first.</source>
        <translation>%1 está en la cola de eliminación: restáurelo primero.</translation>
    </message>
    <message>
        <source>%1 is being ported out: it cannot be assigned.</source>
        <translation>%1 se está portando a otro operador: no se puede asignar.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2: unassign it first.</source>
        <translation>%1 ya está asignado a %2: desasígnelo primero.</translation>
    </message>
    <message>
        <source>%1 is toll-free: toll-free numbers go to a Voice Connector, never to a user.</source>
        <translation>%1 es gratuito: los números gratuitos van a un Voice Connector, nunca a un usuario.</translation>
    </message>
    <message>
        <source>%1 is a Voice Connector number: assign it to a Voice Connector, not to a user.</source>
        <translation>%1 es un número de Voice Connector: asígnelo a un Voice Connector, no a un usuario.</translation>
    </message>
    <message>
        <source>%1 is a Business Calling number: assign it to a user, not to a Voice Connector.</source>
        <translation>%1 es un número de Business Calling: asígnelo a un usuario, no a un Voice Connector.</translation>
    </message>
    <message>
        <source>%1 is in the deletion queue.</source>
        <translation>%1 está en la cola de eliminación.</translation>
    </message>
    <message>
        <source>%1 is not assigned.</source>
        <translation>%1 no está asignado.</translation>
    </message>
    <message>
        <source>%1 is already in the deletion queue.</source>
        <translation>%1 ya está en la cola de eliminación.</translation>
    </message>
    <message>
        <source>%1 is still being ported in: it cannot be deleted.</source>
        <translation>%1 todavía se está portando: no se puede eliminar.</translation>
    </message>
    <message>
        <source>%1 is in an open port-out: it can be deleted once it has ported out.</source>
        <translation>%1 está en una portabilidad saliente abierta: se puede eliminar cuando se haya portado.</translation>
    </message>
    <message>
        <source>%1 is assigned: unassign it before deleting it.</source>
        <translation>%1 está asignado: desasígnelo antes de eliminarlo.</translation>
    </message>
    <message>
        <source>%1 is not in the deletion queue.</source>
        <translation>%1 no está en la cola de eliminación.</translation>
    </message>
    <message>
        <source>%1 was ported out: it has left for another carrier and cannot be restored. Only a new port-in can bring it back.</source>
        <translation>%1 se portó a otro operador: ya se fue y no se puede restaurar. Solo una nueva portabilidad entrante puede traerlo de vuelta.</translation>
    </message>
    <message>
        <source>%1 was deleted more than %2 days ago: it can no longer be restored.</source>
        <translation>%1 se eliminó hace más de %2 días: ya no se puede restaurar.</translation>
    </message>
    <message>
        <source>Give the email address of the user.</source>
        <translation>Indique la dirección de correo electrónico del usuario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;.</source>
        <translation>No existe ningún Voice Connector llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory (a number deleted more than %2 days ago is gone for good).</source>
        <translation>%1 no está en el inventario de números telefónicos (un número eliminado hace más de %2 días desaparece para siempre).</translation>
    </message>
    <message>
        <source>Name at least one number to delete.</source>
        <translation>Indique al menos un número para eliminar.</translation>
    </message>
    <message>
        <source>Name at least one number to restore.</source>
        <translation>Indique al menos un número para restaurar.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>Voice Connector %1</source>
        <translation>Voice Connector %1</translation>
    </message>
    <message>
        <source>Arrived with port-in %1, not yet active</source>
        <translation>Llegó con la portabilidad entrante %1, aún no activo</translation>
    </message>
    <message>
        <source>Activated: port-in %1 completed</source>
        <translation>Activado: portabilidad entrante %1 completada</translation>
    </message>
    <message>
        <source>Removed: port-in %1 was cancelled</source>
        <translation>Retirado: la portabilidad entrante %1 se canceló</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Unassigned from %1</source>
        <translation>Desasignado de %1</translation>
    </message>
    <message>
        <source>Deleted: in the deletion queue for %1 days</source>
        <translation>Eliminado: en la cola de eliminación durante %1 días</translation>
    </message>
    <message>
        <source>Restored from the deletion queue</source>
        <translation>Restaurado de la cola de eliminación</translation>
    </message>
    <message>
        <source>Purged from the deletion queue</source>
        <translation>Purgado de la cola de eliminación</translation>
    </message>
    <message>
        <source>Entered port-out %1</source>
        <translation>Entró en la portabilidad saliente %1</translation>
    </message>
    <message>
        <source>Port-out %1 was cancelled</source>
        <translation>La portabilidad saliente %1 se canceló</translation>
    </message>
    <message>
        <source>Ported out with port-out %1</source>
        <translation>Portado con la portabilidad saliente %1</translation>
    </message>
    <message>
        <source>Imported from a file as %1</source>
        <translation>Importado de un archivo como %1</translation>
    </message>
    <message>
        <source>Select at least one number.</source>
        <translation>Seleccione al menos un número.</translation>
    </message>
    <message>
        <source>Case %1 is a port-in: only a port-out ends by deleting its numbers.</source>
        <translation>El caso %1 es de portabilidad entrante: solo una portabilidad saliente termina eliminando sus números.</translation>
    </message>
    <message>
        <source>Case %1 has not ported out (it is %2): its numbers stay until the carrier has taken them.</source>
        <translation>El caso %1 no se ha portado (está en el estado %2): sus números se quedan hasta que el operador se los lleve.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
    <message>
        <source>Number %1 was changed by %2 at %3 (%4; now version %5, yours was %6); your change was not applied.</source>
        <translation>%2 cambió el número %1 el %3 (%4; ahora versión %5, la suya era %6); su cambio no se aplicó.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) given for %1 number(s): give one version for each number, in the same order.</source>
        <translation>
            <numerusform>Se indicaron %n versión para %1 número(s): indique una versión por número, en el mismo orden.</numerusform>
            <numerusform>Se indicaron %n versiones para %1 número(s): indique una versión por número, en el mismo orden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <source>Port &amp;out numbers…</source>
        <translation>Portabilidad &amp;saliente…</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Number starts with:</source>
        <translation>El &amp;número empieza por:</translation>
    </message>
    <message>
        <source>e.g. 206 or +1206444</source>
        <translation>p. ej. 206 o +1206444</translation>
    </message>
    <message>
        <source>An area code or the start of a number, in any notation</source>
        <translation>Un código de área o el comienzo de un número, en cualquier notación</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Asi&amp;gnado a:</translation>
    </message>
    <message>
        <source>email, name or Voice Connector</source>
        <translation>correo, nombre o Voice Connector</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Phone number inventory</source>
        <translation>Inventario de números telefónicos</translation>
    </message>
    <message>
        <source>Deletion queue</source>
        <translation>Cola de eliminación</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>LoaContent</name>
    <message>
        <source>carrier group %1</source>
        <translation>grupo de operador %1</translation>
    </message>
    <message>
        <source>carrier group %1 (%2)</source>
        <translation>grupo de operador %1 (%2)</translation>
    </message>
    <message>
        <source>The LOA for %1 is not signed: sign it before submitting.</source>
        <translation>La LOA de %1 no está firmada: fírmela antes de enviarla.</translation>
    </message>
    <message>
        <source>The LOA for %1 was signed on %2, more than %3 days ago: sign it again before submitting.</source>
        <translation>La LOA de %1 se firmó el %2, hace más de %3 días: vuelva a firmarla antes de enviarla.</translation>
    </message>
    <message>
        <source>The LOA for %1 was signed (version %2) before the request changed (%3): sign the new version before submitting.</source>
        <translation>La LOA de %1 se firmó (versión %2) antes de que cambiara la solicitud (%3): firme la nueva versión antes de enviarla.</translation>
    </message>
</context>
<context>
    <name>LoaDocument</name>
    <message>
        <source>Carrier group %1 does not exist.</source>
        <translation>El grupo de operador %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>No se pudo escribir el PDF %1: %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>No se pudo completar el PDF.</translation>
    </message>
    <message>
        <source>its account number and PIN cannot be read: this store&apos;s key is not available to you.</source>
        <translation>su número de cuenta y su PIN no se pueden leer: la clave de esta base de datos no está disponible para usted.</translation>
    </message>
</context>
<context>
    <name>LoaPrintPreview</name>
    <message>
        <source>Letter of Authorization for %1, case %2</source>
        <translation>Carta de autorización de %1, caso %2</translation>
    </message>
    <message>
        <source>Letter of Authorization %1, case %2</source>
        <translation>Carta de autorización %1, caso %2</translation>
    </message>
    <message>
        <source>Letter of Authorization %1 (preview)</source>
        <translation>Carta de autorización %1 (vista previa)</translation>
    </message>
    <message>
        <source>Letters of Authorization, case %1</source>
        <translation>Cartas de autorización, caso %1</translation>
    </message>
    <message>
        <source>Letters of Authorization (preview)</source>
        <translation>Cartas de autorización (vista previa)</translation>
    </message>
</context>
<context>
    <name>LoaService</name>
    <message>
        <source>Only an admin can sign an LOA: support can read the LOAs and their versions.</source>
        <translation>Solo un administrador puede firmar una LOA: soporte puede leer las LOA y sus versiones.</translation>
    </message>
    <message>
        <source>Type the signer&apos;s name: the authorizing person signs the LOA.</source>
        <translation>Escriba el nombre del firmante: la persona que autoriza firma la LOA.</translation>
    </message>
    <message>
        <source>Type the signer&apos;s title, such as Office Manager: the carrier checks that the signer may authorize the port.</source>
        <translation>Escriba el cargo del firmante, como gerente de oficina: el operador comprueba que el firmante puede autorizar la portabilidad.</translation>
    </message>
    <message>
        <source>The drawn signature must be a PNG image.</source>
        <translation>La firma dibujada debe ser una imagen PNG.</translation>
    </message>
    <message>
        <source>The drawn signature is %1; at most %2 is kept.</source>
        <translation>La firma dibujada pesa %1; se guarda como máximo %2.</translation>
    </message>
    <message>
        <source>Case %1 is a port-out: LOAs belong to port-in cases.</source>
        <translation>El caso %1 es de portabilidad saliente: las LOA corresponden a casos de portabilidad entrante.</translation>
    </message>
    <message>
        <source>Case %1 is %2: its LOAs can no longer be signed.</source>
        <translation>El caso %1 está en el estado %2: sus LOA ya no se pueden firmar.</translation>
    </message>
    <message>
        <source>Case %1 has no carrier group %2.</source>
        <translation>El caso %1 no tiene un grupo de operador %2.</translation>
    </message>
    <message>
        <source>%1 signs, but the request names %2 as the authorizing person: the carrier may refuse an LOA signed by someone else.</source>
        <translation>Firma %1, pero la solicitud nombra a %2 como la persona que autoriza: el operador puede rechazar una LOA firmada por otra persona.</translation>
    </message>
    <message>
        <source>Case %1&apos;s request changed while the LOA was open for signing (%2): nothing was signed. Look at the LOA as it is now and sign again.</source>
        <translation>La solicitud del caso %1 cambió mientras la LOA estaba abierta para firmar (%2): no se firmó nada. Revise la LOA tal como está ahora y vuelva a firmar.</translation>
    </message>
    <message>
        <source>Only an admin can attach files to a case: support can open them.</source>
        <translation>Solo un administrador puede adjuntar archivos a un caso: soporte puede abrirlos.</translation>
    </message>
    <message>
        <source>Case %1 is %2: nothing more can be attached to it.</source>
        <translation>El caso %1 está en el estado %2: ya no se le puede adjuntar nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>no es un archivo.</translation>
    </message>
    <message>
        <source>Only an admin can restore a case&apos;s attachments.</source>
        <translation>Solo un administrador puede restaurar los documentos adjuntos de un caso.</translation>
    </message>
    <message>
        <source>Only an admin can remove a case&apos;s attachments.</source>
        <translation>Solo un administrador puede quitar los documentos adjuntos de un caso.</translation>
    </message>
    <message>
        <source>Case %1 is %2: nothing more can be attached to it, so a deleted file stays deleted.</source>
        <translation>El caso %1 está en el estado %2: ya no se le puede adjuntar nada, así que un archivo eliminado sigue eliminado.</translation>
    </message>
    <message>
        <source>Case %1 has no removed attachment %2 to restore.</source>
        <translation>El caso %1 no tiene ningún documento adjunto quitado %2 que restaurar.</translation>
    </message>
    <message>
        <source>Case %1 has no attachment %2.</source>
        <translation>El caso %1 no tiene el documento adjunto %2.</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>El nombre del firmante</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>El cargo del firmante</translation>
    </message>
    <message>
        <source>The LOA cannot be signed: this store&apos;s account numbers and PINs cannot be read (%1)</source>
        <translation>No se puede firmar la LOA: los números de cuenta y PIN de esta base de datos no se pueden leer (%1)</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>no existe ese archivo.</translation>
    </message>
</context>
<context>
    <name>LoaText</name>
    <message>
        <source>Letter of Authorization</source>
        <translation>Carta de autorización</translation>
    </message>
    <message>
        <source>Authorization to port telephone numbers to a new service provider</source>
        <translation>Autorización para portar números telefónicos a un nuevo proveedor de servicio</translation>
    </message>
    <message>
        <source>%1 · Carrier group %2 of %3</source>
        <extracomment>%1 is &quot;Case 12&quot; or the draft text, %2 the carrier group, %3 the number of groups.
----------
%1 is the carrier, %2 the carrier group, %3 the number of groups.</extracomment>
        <translation>%1 · Grupo de operador %2 de %3</translation>
    </message>
    <message>
        <source>Case %1</source>
        <extracomment>%1 is the case id.</extracomment>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Draft, not yet submitted</source>
        <translation>Borrador, aún no enviado</translation>
    </message>
    <message>
        <source> · Version %1</source>
        <extracomment>Follows the case line; %1 is the LOA version.</extracomment>
        <translation> · Versión %1</translation>
    </message>
    <message>
        <source>The customer named below, %1, authorizes %2 to act as its agent for the porting of the telephone numbers listed in this letter, and authorizes %3 to release these numbers %4. The person signing this letter is authorized to act for the customer on this account and confirms that the information below matches the current carrier&apos;s records.</source>
        <extracomment>%1 customer name, %2 the new provider phrase (subject of &quot;authorizes&quot;: &quot;the new service provider&quot; or its name), %3 the current carrier phrase, %4 the &quot;to ...&quot; release phrase.</extracomment>
        <translation>El cliente indicado a continuación, %1, autoriza %2 a actuar como su agente para la portabilidad de los números telefónicos que figuran en esta carta, y autoriza a %3 a liberar dichos números %4. La persona que firma esta carta está autorizada para actuar en nombre del cliente en esta cuenta y confirma que los datos siguientes coinciden con los registros del operador actual.</translation>
    </message>
    <message>
        <source>the new service provider</source>
        <extracomment>Fills %2 of the authorization sentence when the new provider has no name.</extracomment>
        <translation>al nuevo proveedor de servicio</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>Fills %2 of the authorization sentence; %1 is the new provider&apos;s name.</extracomment>
        <translation>a %1</translation>
    </message>
    <message>
        <source>to the new service provider</source>
        <extracomment>Fills %4 of the authorization sentence: release the numbers to ...</extracomment>
        <translation>a favor del nuevo proveedor de servicio</translation>
    </message>
    <message>
        <source>to %1</source>
        <extracomment>Fills %4 of the authorization sentence; %1 is the new provider&apos;s name.</extracomment>
        <translation>a favor de %1</translation>
    </message>
    <message>
        <source>its current carrier</source>
        <extracomment>Fills %3 of the authorization sentence when the carrier is not known.</extracomment>
        <translation>su operador actual</translation>
    </message>
    <message>
        <source>%1, its current carrier,</source>
        <extracomment>Fills %3 of the authorization sentence; %1 is the carrier&apos;s name.</extracomment>
        <translation>%1, su operador actual,</translation>
    </message>
    <message>
        <source>Authorization to change the Responsible Organization (RespOrg) of toll-free numbers</source>
        <translation>Autorización para cambiar la organización responsable (RespOrg) de números gratuitos</translation>
    </message>
    <message>
        <source>The customer named below, %1, authorizes %2 to act as its agent for the change of Responsible Organization (RespOrg) of the toll-free numbers listed in this letter, and authorizes %3 to release these numbers %4. The person signing this letter is authorized to act for the customer and confirms that the information below matches the records of the current RespOrg.</source>
        <extracomment>%1 customer name, %2 the new provider phrase, %3 the current RespOrg phrase, %4 the release phrase (&quot;to the RespOrg with ID ...&quot;).</extracomment>
        <translation>El cliente indicado a continuación, %1, autoriza %2 a actuar como su agente para el cambio de organización responsable (RespOrg) de los números gratuitos que figuran en esta carta, y autoriza a %3 a liberar dichos números %4. La persona que firma esta carta está autorizada para actuar en nombre del cliente y confirma que los datos siguientes coinciden con los registros de la RespOrg actual.</translation>
    </message>
    <message>
        <source>their current RespOrg</source>
        <extracomment>Fills %3 of the toll-free authorization sentence.</extracomment>
        <translation>su RespOrg actual</translation>
    </message>
    <message>
        <source>%1, their current RespOrg,</source>
        <extracomment>Fills %3 of the toll-free authorization sentence; %1 is the RespOrg&apos;s name or ID.</extracomment>
        <translation>%1, su RespOrg actual,</translation>
    </message>
    <message>
        <source>to the RespOrg with ID %1</source>
        <extracomment>Fills %4 of the toll-free authorization sentence; %1 is the target RespOrg ID.</extracomment>
        <translation>a favor de la RespOrg con ID %1</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Residencial</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Not given</source>
        <extracomment>An optional field left out (the authorizing person&apos;s email).</extracomment>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Customer, as on the current carrier&apos;s contract</source>
        <translation>Cliente, tal como figura en el contrato con el operador actual</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Dirección de servicio</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Account with the current carrier</source>
        <translation>Cuenta con el operador actual</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Billing telephone number (BTN)</source>
        <translation>Número telefónico de facturación (BTN)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Account PIN</source>
        <translation>PIN de la cuenta</translation>
    </message>
    <message>
        <source>Not known</source>
        <extracomment>The carrier left out (&quot;if known&quot;).</extracomment>
        <translation>No se conoce</translation>
    </message>
    <message>
        <source>Not provided</source>
        <extracomment>Account number, PIN or title left out.</extracomment>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Port request</source>
        <translation>Solicitud de portabilidad</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Tipo de número</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito (toll-free)</translation>
    </message>
    <message>
        <source>New service provider</source>
        <translation>Nuevo proveedor de servicio</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID del proveedor</translation>
    </message>
    <message>
        <source>Provider contact</source>
        <translation>Contacto del proveedor</translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation>RespOrg actual</translation>
    </message>
    <message>
        <source>Target RespOrg ID</source>
        <translation>ID de la RespOrg de destino</translation>
    </message>
    <message>
        <source>Port type</source>
        <translation>Tipo de portabilidad</translation>
    </message>
    <message>
        <source>Full port: every number on this account is ported.</source>
        <translation>Portabilidad total: se portan todos los números de esta cuenta.</translation>
    </message>
    <message>
        <source>Partial port: the numbers listed below stay on this account with the current carrier.</source>
        <translation>Portabilidad parcial: los números indicados abajo permanecen en esta cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>Numbers that stay (%1)</source>
        <extracomment>%1 is how many numbers stay.</extracomment>
        <translation>Números que permanecen (%1)</translation>
    </message>
    <message>
        <source>Requested port date and time</source>
        <translation>Fecha y hora solicitadas para la portabilidad</translation>
    </message>
    <message>
        <source>BTN option</source>
        <translation>Opción del BTN</translation>
    </message>
    <message>
        <source>The BTN is not being ported.</source>
        <translation>El BTN no se porta.</translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to replace it with a new BTN that I am providing. I can confirm that this new BTN is on the same account with the current carrier.</source>
        <extracomment>The seed&apos;s wording, word for word (core&apos;s btnOptionSentence() has the same).</extracomment>
        <translation>Estoy portando mi BTN y deseo reemplazarlo por un nuevo BTN que proporciono. Confirmo que este nuevo BTN está en la misma cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to close out my account with my current carrier.</source>
        <translation>Estoy portando mi BTN y deseo cerrar mi cuenta con mi operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN because my account is currently set up so that each phone number is its own BTN.</source>
        <translation>Estoy portando mi BTN porque mi cuenta está configurada de modo que cada número telefónico es su propio BTN.</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation>Nuevo BTN</translation>
    </message>
    <message>
        <source>Telephone numbers to be ported (%1)</source>
        <extracomment>%1 is how many numbers.</extracomment>
        <translation>Números telefónicos que se portan (%1)</translation>
    </message>
    <message>
        <source>Numbered in order, read left to right, row by row.</source>
        <translation>En orden, de izquierda a derecha, fila por fila.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column header: the number&apos;s position in the list.</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Authorization and signature</source>
        <translation>Autorización y firma</translation>
    </message>
    <message>
        <source>By signing, I confirm that I am authorized to act for the customer named above and that the information in this letter is correct.</source>
        <translation>Con mi firma confirmo que tengo autorización para actuar en nombre del cliente indicado y que la información de esta carta es correcta.</translation>
    </message>
    <message>
        <source>Signature of the authorizing person</source>
        <translation>Firma de la persona que autoriza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nombre en letra de molde</translation>
    </message>
    <message>
        <source>Signed electronically by %1 on %2.</source>
        <extracomment>%1 is the signer&apos;s name, %2 the date and time.</extracomment>
        <translation>Firmado electrónicamente por %1 el %2.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Letter of Authorization · %1</source>
        <extracomment>%1 is &quot;Case 12&quot; or the draft text.</extracomment>
        <translation>Carta de autorización · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is the page, %2 the number of pages.</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Letter of Authorization, %1, carrier group %2</source>
        <extracomment>The PDF&apos;s title property; %1 is &quot;Case 12&quot; or the draft text, %2 the carrier group.</extracomment>
        <translation>Carta de autorización, %1, grupo de operador %2</translation>
    </message>
</context>
<context>
    <name>LoaTexts</name>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Grupo %1: %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Signed, version %1, on %2</source>
        <translation>Firmada, versión %1, el %2</translation>
    </message>
    <message>
        <source>Expired: version %1 was signed on %2, more than %3 days ago</source>
        <translation>Vencida: la versión %1 se firmó el %2, hace más de %3 días</translation>
    </message>
    <message>
        <source>Needs signing again: the request changed after version %1</source>
        <translation>Debe volver a firmarse: la solicitud cambió después de la versión %1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>No hay ningún caso seleccionado.</translation>
    </message>
    <message>
        <source>Case %1 is a port-out: it has no LOA. Files about it can still be attached.</source>
        <translation>El caso %1 es de portabilidad saliente: no tiene LOA. Aun así se le pueden adjuntar archivos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n LOA(s) signed and current.</source>
        <translation>
            <numerusform>%1 de %n LOA firmada y vigente.</numerusform>
            <numerusform>%1 de %n LOA firmadas y vigentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every carrier group&apos;s LOA must be signed, within %1 days and as the request stands now, before the LOAs are submitted.</source>
        <translation>La LOA de cada grupo de operador debe estar firmada, dentro de los últimos %1 días y tal como está ahora la solicitud, antes de enviar las LOA.</translation>
    </message>
    <message>
        <source>The case is %1: nothing more is signed or attached.</source>
        <translation>El caso está en el estado %1: ya no se firma ni se adjunta nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>New &amp;port-in request…</source>
        <translation>Nueva solicitud de &amp;portabilidad entrante…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New port-&amp;out request…</source>
        <translation>Nueva solicitud de portabilidad salien&amp;te…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Port in</source>
        <translation>&amp;Portabilidad entrante</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Voice Connectors</source>
        <translation>&amp;Voice Connectors</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About PortDesk</source>
        <translation>&amp;Acerca de PortDesk</translation>
    </message>
    <message>
        <source>Open &amp;sample store</source>
        <translation>Abrir base de datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>A separate demo store of about 30 cases in every state, in a new window</source>
        <translation>Una base de datos de demostración aparte, con unos 30 casos en todos los estados, en una ventana nueva</translation>
    </message>
    <message>
        <source>&amp;Check store</source>
        <translation>&amp;Revisar base de datos</translation>
    </message>
    <message>
        <source>Check every page and index of the store for damage, in the background</source>
        <translation>Revisar si alguna página o índice de la base de datos está dañado, en segundo plano</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>%1 (attempt %2 of %3: not tried again)</source>
        <translation>%1 (intento %2 de %3: no se vuelve a intentar)</translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation>%1 (intento %2 de %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of notification; the kinds are: %2.</source>
        <translation>&quot;%1&quot; no es una clase de notificación; las clases son: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>the numbers are portable</source>
        <translation>los números son portables</translation>
    </message>
    <message>
        <source>Nothing yet: support requests the Letter of Authorization (LOA) next, and you will hear when it is yours to sign.</source>
        <translation>Nada por ahora: soporte solicita a continuación la carta de autorización (LOA), y se le avisará cuando le toque firmarla.</translation>
    </message>
    <message>
        <source>the numbers are not portable</source>
        <translation>los números no son portables</translation>
    </message>
    <message>
        <source>Read support&apos;s reason in PortDesk; the case is closed. File a new request once what stood in the way is fixed.</source>
        <translation>Lea el motivo de soporte en PortDesk; el caso está cerrado. Presente una nueva solicitud cuando se haya resuelto lo que lo impedía.</translation>
    </message>
    <message>
        <source>please sign the LOA</source>
        <translation>firme la LOA, por favor</translation>
    </message>
    <message>
        <source>Open the case in PortDesk, sign the Letter of Authorization (LOA) of each carrier group and submit it.</source>
        <translation>Abra el caso en PortDesk, firme la carta de autorización (LOA) de cada grupo de operador y envíela.</translation>
    </message>
    <message>
        <source>the carrier asks for a change</source>
        <translation>el operador pide un cambio</translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ from the request. Open the case in PortDesk, correct the fields it names and resubmit the LOA.</source>
        <translation>Los registros del operador difieren de la solicitud. Abra el caso en PortDesk, corrija los campos que indica y vuelva a enviar la LOA.</translation>
    </message>
    <message>
        <source>the FOC date is set</source>
        <translation>la fecha de FOC está fijada</translation>
    </message>
    <message>
        <source>Confirm the FOC date in PortDesk, or ask for another date if it does not work for you.</source>
        <translation>Confirme la fecha de FOC en PortDesk, o pida otra fecha si no le conviene.</translation>
    </message>
    <message>
        <source>the numbers are in the inventory</source>
        <translation>los números están en el inventario</translation>
    </message>
    <message>
        <source>Assign the numbers to users or a Voice Connector in PortDesk; they go live at the FOC.</source>
        <translation>Asigne los números a usuarios o a un Voice Connector en PortDesk; se activan en la FOC.</translation>
    </message>
    <message>
        <source>the port is completed</source>
        <translation>la portabilidad se completó</translation>
    </message>
    <message>
        <source>The numbers are active. Call one of them to check that it rings where it should.</source>
        <translation>Los números están activos. Llame a uno de ellos para comprobar que suena donde debe.</translation>
    </message>
    <message>
        <source>the port-out PIN is issued</source>
        <translation>se emitió el PIN de portabilidad saliente</translation>
    </message>
    <message>
        <source>Open the case in PortDesk to read the account ID and PIN (they are never sent by email) and give them to the new carrier.</source>
        <translation>Abra el caso en PortDesk para leer el ID de cuenta y el PIN (nunca se envían por correo electrónico) y entrégueselos al nuevo operador.</translation>
    </message>
    <message>
        <source>a port-out was requested</source>
        <translation>se solicitó una portabilidad saliente</translation>
    </message>
    <message>
        <source>Numbers of your account are to leave. If nobody of your organization asked for this, cancel the case in PortDesk now.</source>
        <translation>Hay números de su cuenta a punto de irse. Si nadie de su organización lo pidió, cancele el caso en PortDesk ahora.</translation>
    </message>
    <message>
        <source>a new request</source>
        <translation>una nueva solicitud</translation>
    </message>
    <message>
        <source>Answer the request in PortDesk.</source>
        <translation>Responda a la solicitud en PortDesk.</translation>
    </message>
    <message>
        <source>the LOA is submitted</source>
        <translation>la LOA se envió</translation>
    </message>
    <message>
        <source>Send the signed LOA to the carrier and record its answer (approval or a change request) in PortDesk.</source>
        <translation>Envíe la LOA firmada al operador y registre su respuesta (aprobación o solicitud de cambios) en PortDesk.</translation>
    </message>
    <message>
        <source>the admin confirmed the FOC date</source>
        <translation>el administrador confirmó la fecha de FOC</translation>
    </message>
    <message>
        <source>Nothing more: the numbers enter the inventory one day before the FOC and are activated at the FOC.</source>
        <translation>Nada más: los números entran al inventario un día antes de la FOC y se activan en la FOC.</translation>
    </message>
    <message>
        <source>port-in</source>
        <translation>portabilidad entrante</translation>
    </message>
    <message>
        <source>port-out</source>
        <translation>portabilidad saliente</translation>
    </message>
    <message>
        <source>[PortDesk] Case %1 (%2): %3</source>
        <translation>[PortDesk] Caso %1 (%2): %3</translation>
    </message>
    <message>
        <source>Case %1, a %2.</source>
        <translation>Caso %1, una %2.</translation>
    </message>
    <message>
        <source>Case %1, a %2 for %3.</source>
        <translation>Caso %1, una %2 para %3.</translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <source>FOC: %1 %2 (the customer&apos;s time).</source>
        <translation>FOC: %1 %2 (hora del cliente).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers: %n (%1).</source>
        <translation>
            <numerusform>Números: %n (%1).</numerusform>
            <numerusform>Números: %n (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Qué hacer a continuación: %1</translation>
    </message>
    <message>
        <source>open the case in PortDesk.</source>
        <translation>abra el caso en PortDesk.</translation>
    </message>
    <message>
        <source>-- 
PortDesk sent this because you are named on the case or work on its account. To stop this kind of message: portdesk-cli notify opt-out %1 --email YOUR-ADDRESS</source>
        <translation>-- 
PortDesk le envió este mensaje porque usted figura en el caso o trabaja en su cuenta. Para dejar de recibir esta clase de mensajes: portdesk-cli notify opt-out %1 --email SU-DIRECCIÓN</translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>The SMTP server &quot;%1&quot; is not a URL such as smtp://mail.example.com:587.</source>
        <translation>El servidor SMTP &quot;%1&quot; no es una URL como smtp://mail.example.com:587.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s URL must start with smtp:// or smtps://.</source>
        <translation>La URL del servidor SMTP debe empezar por smtp:// o smtps://.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s URL must not hold a user or a password: give the user with --user and the password in a file (--password-file) or in %1.</source>
        <translation>La URL del servidor SMTP no debe contener un usuario ni una contraseña: indique el usuario con --user y la contraseña en un archivo (--password-file) o en %1.</translation>
    </message>
    <message>
        <source>The SMTP user %1 needs a password: in a file (notify settings --password-file) or in %2.</source>
        <translation>El usuario SMTP %1 necesita una contraseña: en un archivo (notify settings --password-file) o en %2.</translation>
    </message>
    <message>
        <source>The SMTP password file %1 does not exist.</source>
        <translation>El archivo de contraseña SMTP %1 no existe.</translation>
    </message>
    <message>
        <source>The SMTP password file %1 can be read by others: make it readable by you alone (chmod 600).</source>
        <translation>Otros usuarios pueden leer el archivo de contraseña SMTP %1: haga que solo usted pueda leerlo (chmod 600).</translation>
    </message>
    <message>
        <source>The SMTP password file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de contraseña SMTP %1: %2.</translation>
    </message>
</context>
<context>
    <name>NumberRejectionReasons</name>
    <message>
        <source>Porting</source>
        <translation>En portabilidad</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Ported</source>
        <translation>Portado</translation>
    </message>
    <message>
        <source>Not ported</source>
        <translation>No portado</translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Numbers and type</source>
        <translation>Números y tipo</translation>
    </message>
    <message>
        <source>Phone number type:</source>
        <translation>Tipo de número telefónico:</translation>
    </message>
    <message>
        <source>Business Ca&amp;lling</source>
        <translation>Business Ca&amp;lling</translation>
    </message>
    <message>
        <source>&amp;Voice Connector</source>
        <translation>&amp;Voice Connector</translation>
    </message>
    <message>
        <source>Voice Connecto&amp;r:</source>
        <translation>Voice Connec&amp;tor:</translation>
    </message>
    <message>
        <source>Ne&amp;w Voice Connector…</source>
        <translation>N&amp;uevo Voice Connector…</translation>
    </message>
    <message>
        <source>(206) 444-0100
+1 206 444 0101, 206.444.0102
1-800-555-0199</source>
        <translation>(206) 444-0100
+1 206 444 0101, 206.444.0102
1-800-555-0199</translation>
    </message>
    <message>
        <source>&amp;Import CSV/TXT…</source>
        <translation>&amp;Importar CSV/TXT…</translation>
    </message>
    <message>
        <source>Chec&amp;ked numbers:</source>
        <translation>Números &amp;comprobados:</translation>
    </message>
    <message>
        <source>Choose where the numbers will be used, then paste or import them: any notation, one or many per line. Each number is checked as you type.</source>
        <translation>Elija dónde se usarán los números y luego péguelos o impórtelos: en cualquier notación, uno o varios por línea. Cada número se comprueba a medida que escribe.</translation>
    </message>
    <message>
        <source>Numbers to &amp;port:</source>
        <translation>Números que se van a &amp;portar:</translation>
    </message>
    <message>
        <source>R&amp;emove refused numbers</source>
        <translation>&amp;Quitar números rechazados</translation>
    </message>
    <message>
        <source>Take every refused or duplicated number out of the list (Ctrl+Z in the list puts them back)</source>
        <translation>Sacar de la lista todos los números rechazados o duplicados (Ctrl+Z en la lista los devuelve)</translation>
    </message>
    <message>
        <source>Business Calling: the numbers go to users of the calling service, one user each. Toll-free numbers cannot go to Business Calling: choose Voice Connector for them.</source>
        <translation>Business Calling: los números van a usuarios del servicio de llamadas, uno por usuario. Los números gratuitos no pueden ir a Business Calling: elija Voice Connector para ellos.</translation>
    </message>
    <message>
        <source>Voice Connector: the numbers go to a Voice Connector (your own phone system&apos;s SIP trunk). Toll-free numbers can only be ported this way.</source>
        <translation>Voice Connector: los números van a un Voice Connector (la troncal SIP de su propio sistema telefónico). Los números gratuitos solo se pueden portar así.</translation>
    </message>
    <message>
        <source>The Voice Connector the numbers will be assigned to. It must exist: New Voice Connector… makes one. When there is only one, it is chosen already.</source>
        <translation>El Voice Connector al que se asignarán los números. Debe existir: Nuevo Voice Connector… crea uno. Si solo hay uno, ya está elegido.</translation>
    </message>
    <message>
        <source>The numbers to port, in any US notation (+12064440100, (206) 444-0100, 206.444.0100, 1-206-444-0100), one or many per line, at most 20,000. Each is checked at once: numbers of other countries, 900 and 5XX numbers, fictional 555-01XX numbers, numbers listed twice and numbers already in the inventory or in an open port are refused.</source>
        <translation>Los números que se van a portar, en cualquier notación de EE. UU. (+12064440100, (206) 444-0100, 206.444.0100, 1-206-444-0100), uno o varios por línea, como máximo 20.000. Cada uno se comprueba al instante: se rechazan los números de otros países, los 900 y 5XX, los ficticios 555-01XX, los repetidos y los que ya están en el inventario o en una portabilidad abierta.</translation>
    </message>
    <message>
        <source>Each number with its verdict: valid, toll-free, or refused and why (listed twice, already in the inventory, in an open port with its case). Refused numbers block Next: Remove refused numbers takes them out, Ctrl+Z puts them back.</source>
        <translation>Cada número con su resultado: válido, gratuito, o rechazado y por qué (repetido, ya en el inventario, en una portabilidad abierta con su caso). Los números rechazados bloquean Siguiente: Quitar números rechazados los saca, Ctrl+Z los devuelve.</translation>
    </message>
</context>
<context>
    <name>PersonalKey</name>
    <message>
        <source>the desktop keyring</source>
        <translation>el llavero del escritorio</translation>
    </message>
    <message>
        <source>%1 does not hold a PortDesk key (the base64 of 32 bytes).</source>
        <translation>%1 no contiene una clave de PortDesk (32 bytes en base64).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>No key could be kept: %1 cannot be written.</source>
        <translation>No se pudo guardar ninguna clave: no se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>“%1” is not a North American number (country code +%2); only United States numbers can be ported.</source>
        <translation>“%1” no es un número de Norteamérica (código de país +%2); solo se pueden portar números de Estados Unidos.</translation>
    </message>
    <message>
        <source>“%1” has no area code; enter all ten digits, for example (206) 444-0100.</source>
        <translation>“%1” no tiene código de área; escriba los diez dígitos, por ejemplo (206) 444-0100.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number: a North American number has ten digits.</source>
        <translation>“%1” no es un número válido: un número de Norteamérica tiene diez dígitos.</translation>
    </message>
    <message>
        <source>“%1” starts with %2, a service code like 411 or 911, not an area code.</source>
        <translation>“%1” empieza por %2, un código de servicio como 411 o 911, no un código de área.</translation>
    </message>
    <message>
        <source>“%1” has area code %2, which is not in service: area codes 37X and 96X are reserved for the future.</source>
        <translation>“%1” tiene el código de área %2, que no está en servicio: los códigos de área 37X y 96X están reservados para el futuro.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number: area codes never start with 0 or 1.</source>
        <translation>“%1” no es un número válido: los códigos de área nunca empiezan por 0 ni por 1.</translation>
    </message>
    <message>
        <source>“%1” is not a United States number (area code %2: %3); only United States numbers can be ported.</source>
        <translation>“%1” no es un número de Estados Unidos (código de área %2: %3); solo se pueden portar números de Estados Unidos.</translation>
    </message>
    <message>
        <source>“%1” is a fictional number: 555-0100 through 555-0199 are reserved for films, books and examples.</source>
        <translation>“%1” es un número ficticio: del 555-0100 al 555-0199 están reservados para películas, libros y ejemplos.</translation>
    </message>
    <message>
        <source>“%1” has exchange %2, a service code like 411 or 911, which does not start telephone numbers in area code %3.</source>
        <translation>“%1” tiene la central %2, un código de servicio como 411 o 911, con el que no empiezan los números telefónicos del código de área %3.</translation>
    </message>
    <message>
        <source>“%1” has an extension; enter the phone number without it.</source>
        <translation>“%1” tiene una extensión; escriba el número telefónico sin ella.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Escriba un número telefónico.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” no es un número telefónico.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
    </message>
    <message>
        <source>“%1” is not a valid North American number: area code %2 is not in service.</source>
        <translation>“%1” no es un número válido de Norteamérica: el código de área %2 no está en servicio.</translation>
    </message>
    <message>
        <source>“%1” is a premium-rate %2 number: the inventory holds Local and TollFree numbers only.</source>
        <translation>“%1” es un número de tarifa especial %2: el inventario solo contiene números locales (Local) y gratuitos (TollFree).</translation>
    </message>
    <message>
        <source>“%1” is a non-geographic 5XX personal number (area code %2): the inventory holds Local and TollFree numbers only.</source>
        <translation>“%1” es un número personal no geográfico 5XX (código de área %2): el inventario solo contiene números locales (Local) y gratuitos (TollFree).</translation>
    </message>
    <message>
        <source>“%1” is not a valid North American number: exchange %2 is not in service in area code %3.</source>
        <translation>“%1” no es un número válido de Norteamérica: la central %2 no está en servicio en el código de área %3.</translation>
    </message>
    <message>
        <source>“%1” is neither a local nor a toll-free number: the inventory holds Local and TollFree numbers only.</source>
        <translation>“%1” no es un número local ni gratuito: el inventario solo contiene números locales (Local) y gratuitos (TollFree).</translation>
    </message>
    <message>
        <source>“%1…” is %2 characters long: a phone number has at most %3.</source>
        <translation>“%1…” tiene %2 caracteres: un número telefónico tiene como máximo %3.</translation>
    </message>
    <message>
        <source>The number holds a control character (such as NUL): type or paste it again.</source>
        <translation>El número contiene un carácter de control (como NUL): vuelva a escribirlo o pegarlo.</translation>
    </message>
    <message>
        <source>the system&apos;s libphonenumber</source>
        <translation>la libphonenumber del sistema</translation>
    </message>
    <message>
        <source>%1 %2 (Google&apos;s metadata %3, %4)</source>
        <translation>%1 %2 (metadatos de Google %3, %4)</translation>
    </message>
</context>
<context>
    <name>PortOutPin</name>
    <message>
        <source>The PIN may contain digits only (0-9), no letters, spaces or signs.</source>
        <translation>El PIN solo puede contener dígitos (0-9), sin letras, espacios ni signos.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits, so that it cannot be guessed.</source>
        <translation>El PIN necesita al menos %1 dígitos, para que no se pueda adivinar.</translation>
    </message>
    <message>
        <source>The PIN repeats one digit (such as 111111), which anyone could guess: generate one, or choose digits that vary.</source>
        <translation>El PIN repite un mismo dígito (como 111111), que cualquiera podría adivinar: genere uno o elija dígitos que varíen.</translation>
    </message>
    <message>
        <source>The PIN&apos;s digits run in sequence (such as 123456 or 987654), which anyone could guess: generate one, or choose digits that do not follow each other.</source>
        <translation>Los dígitos del PIN van en serie (como 123456 o 987654), que cualquiera podría adivinar: genere uno o elija dígitos que no se sigan.</translation>
    </message>
</context>
<context>
    <name>PortRequest</name>
    <message>
        <source>%1 is not a field of the request file and was ignored: check its spelling.</source>
        <translation>%1 no es un campo del archivo de solicitud y se ignoró: revise cómo está escrito.</translation>
    </message>
    <message>
        <source>%1 must be a text value in quotes.</source>
        <translation>%1 debe ser un texto entre comillas.</translation>
    </message>
    <message>
        <source>%1 must be a list of phone numbers.</source>
        <translation>%1 debe ser una lista de números telefónicos.</translation>
    </message>
    <message>
        <source>%1 must be a phone number in quotes.</source>
        <translation>%1 debe ser un número telefónico entre comillas.</translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to replace it with a new BTN that I am providing. I can confirm that this new BTN is on the same account with the current carrier.</source>
        <translation>Estoy portando mi BTN y deseo reemplazarlo por un nuevo BTN que proporciono. Confirmo que este nuevo BTN está en la misma cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to close out my account with my current carrier.</source>
        <translation>Estoy portando mi BTN y deseo cerrar mi cuenta con mi operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN because my account is currently set up so that each phone number is its own BTN.</source>
        <translation>Estoy portando mi BTN porque mi cuenta está configurada de modo que cada número telefónico es su propio BTN.</translation>
    </message>
    <message>
        <source>Product type &quot;%1&quot; is not known: use BusinessCalling or VoiceConnector.</source>
        <translation>El tipo de producto &quot;%1&quot; no se conoce: use BusinessCalling o VoiceConnector.</translation>
    </message>
    <message>
        <source>Product type is required: BusinessCalling or VoiceConnector.</source>
        <translation>El tipo de producto es obligatorio: BusinessCalling o VoiceConnector.</translation>
    </message>
    <message>
        <source>Requested port date &quot;%1&quot; is not a date and time in ISO 8601 form, such as 2026-12-15T10:00:00-05:00.</source>
        <translation>La fecha de portabilidad solicitada &quot;%1&quot; no es una fecha y hora en formato ISO 8601, como 2026-12-15T10:00:00-05:00.</translation>
    </message>
    <message>
        <source>Requested port date &quot;%1&quot; has no time zone: add the offset, such as 2026-12-15T10:00:00-05:00.</source>
        <translation>La fecha de portabilidad solicitada &quot;%1&quot; no tiene zona horaria: agregue el desfase, como 2026-12-15T10:00:00-05:00.</translation>
    </message>
    <message>
        <source>BTN option &quot;%1&quot; is not known: use none, replace, close or eachNumberOwnBtn.</source>
        <translation>La opción del BTN &quot;%1&quot; no se conoce: use none, replace, close o eachNumberOwnBtn.</translation>
    </message>
    <message>
        <source>carriers must be a list of carrier groups.</source>
        <translation>carriers debe ser una lista de grupos de operador.</translation>
    </message>
    <message>
        <source>%1 must be a carrier group object.</source>
        <translation>%1 debe ser un objeto de grupo de operador.</translation>
    </message>
    <message>
        <source>%1 must be an object with street, city, state and zip.</source>
        <translation>%1 debe ser un objeto con street, city, state y zip.</translation>
    </message>
    <message>
        <source>Customer type &quot;%1&quot; is not known: use business or residential.</source>
        <translation>El tipo de cliente &quot;%1&quot; no se conoce: use business o residential.</translation>
    </message>
    <message>
        <source>Port type &quot;%1&quot; is not known: use full (every number on the account moves) or partial (some stay with the carrier).</source>
        <translation>El tipo de portabilidad &quot;%1&quot; no se conoce: use full (se trasladan todos los números de la cuenta) o partial (algunos se quedan con el operador).</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>Admin email is required: the address of the administrator account.</source>
        <translation>El correo electrónico del administrador es obligatorio: la dirección de la cuenta de administrador.</translation>
    </message>
    <message>
        <source>Admin email &quot;%1&quot; is not a valid email address.</source>
        <translation>El correo electrónico del administrador &quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Requested port date and time is required, with its time zone.</source>
        <translation>La fecha y hora solicitadas para la portabilidad son obligatorias, con su zona horaria.</translation>
    </message>
    <message>
        <source>Requested port date %1 is in the past: choose a future business day.</source>
        <translation>La fecha de portabilidad solicitada %1 ya pasó: elija un día hábil futuro.</translation>
    </message>
    <message>
        <source>Requested port date %1 is a %2: ports happen on business days (Monday to Friday).</source>
        <translation>La fecha de portabilidad solicitada %1 es %2: las portabilidades se hacen en días hábiles (de lunes a viernes).</translation>
    </message>
    <message>
        <source>Requested port date %1 is %2, a US federal holiday: choose a business day.</source>
        <translation>La fecha de portabilidad solicitada %1 es %2, un día festivo federal de EE. UU.: elija un día hábil.</translation>
    </message>
    <message>
        <source>Requested port date %1 is less than two weeks away: ports usually take 2-4 weeks, so the carrier may offer a later date.</source>
        <translation>Faltan menos de dos semanas para la fecha de portabilidad solicitada %1: las portabilidades suelen tardar de 2 a 4 semanas, así que el operador puede ofrecer una fecha posterior.</translation>
    </message>
    <message>
        <source>The FOC date and time is required.</source>
        <translation>La fecha y hora de la FOC son obligatorias.</translation>
    </message>
    <message>
        <source>FOC %1 is in the past.</source>
        <translation>La FOC %1 ya pasó.</translation>
    </message>
    <message>
        <source>FOC date %1 is a weekend day: the FOC must be a business day.</source>
        <translation>La fecha de FOC %1 cae en fin de semana: la FOC debe ser un día hábil.</translation>
    </message>
    <message>
        <source>FOC date %1 is %2, a US federal holiday: the FOC must be a business day.</source>
        <translation>La fecha de FOC %1 es %2, un día festivo federal de EE. UU.: la FOC debe ser un día hábil.</translation>
    </message>
    <message>
        <source>A Voice Connector port needs the Voice Connector that will receive the numbers: create one first, then name it here.</source>
        <translation>Una portabilidad a Voice Connector necesita el Voice Connector que recibirá los números: cree uno primero y luego nómbrelo aquí.</translation>
    </message>
    <message>
        <source>Voice Connector &quot;%1&quot; does not exist: create it first.</source>
        <translation>El Voice Connector &quot;%1&quot; no existe: créelo primero.</translation>
    </message>
    <message>
        <source>A Voice Connector is named but the product type is Business Calling: choose Voice Connector or remove the connector.</source>
        <translation>Se nombra un Voice Connector, pero el tipo de producto es Business Calling: elija Voice Connector o quite el conector.</translation>
    </message>
    <message>
        <source>At least one carrier group with its numbers is required.</source>
        <translation>Se necesita al menos un grupo de operador con sus números.</translation>
    </message>
    <message>
        <source>Carrier group %1 has no numbers to port.</source>
        <translation>El grupo de operador %1 no tiene números para portar.</translation>
    </message>
    <message>
        <source>%1 is a toll-free number: toll-free numbers can be ported for Voice Connector only, not for Business Calling.</source>
        <translation>%1 es un número gratuito: los números gratuitos solo se pueden portar para Voice Connector, no para Business Calling.</translation>
    </message>
    <message>
        <source>%1 is listed twice in this request (also at %2).</source>
        <translation>%1 aparece dos veces en esta solicitud (también en %2).</translation>
    </message>
    <message>
        <source>%1 is already in the phone number inventory.</source>
        <translation>%1 ya está en el inventario de números telefónicos.</translation>
    </message>
    <message>
        <source>%1 is already in open port-in case %2.</source>
        <translation>%1 ya está en el caso de portabilidad entrante abierto %2.</translation>
    </message>
    <message>
        <source>Carrier group %1 mixes toll-free and local numbers: toll-free numbers go in a group of their own (a separate LOA).</source>
        <translation>El grupo de operador %1 mezcla números gratuitos y locales: los números gratuitos van en un grupo propio (una LOA aparte).</translation>
    </message>
    <message>
        <source>Authorizing person is required: the person in charge of account billing with the current carrier.</source>
        <translation>La persona que autoriza es obligatoria: la persona responsable de la facturación de la cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>Customer name is required, as it appears in the current carrier contract.</source>
        <translation>El nombre del cliente es obligatorio, tal como figura en el contrato con el operador actual.</translation>
    </message>
    <message>
        <source>Service address street is required, as on the carrier contract.</source>
        <translation>La calle de la dirección de servicio es obligatoria, como figura en el contrato con el operador.</translation>
    </message>
    <message>
        <source>Service address city is required, as on the carrier contract.</source>
        <translation>La ciudad de la dirección de servicio es obligatoria, como figura en el contrato con el operador.</translation>
    </message>
    <message>
        <source>Service address state is required (two-letter code such as WA).</source>
        <translation>El estado de la dirección de servicio es obligatorio (código de dos letras, como WA).</translation>
    </message>
    <message>
        <source>Service address state &quot;%1&quot; is not a US state or territory code.</source>
        <translation>El estado de la dirección de servicio &quot;%1&quot; no es un código de estado o territorio de EE. UU.</translation>
    </message>
    <message>
        <source>Service address ZIP code is required.</source>
        <translation>El código postal de la dirección de servicio es obligatorio.</translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; is not valid: use 5 digits or ZIP+4 (12345-6789).</source>
        <translation>El código postal &quot;%1&quot; no es válido: use 5 dígitos o ZIP+4 (12345-6789).</translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation>Número telefónico de facturación (BTN)</translation>
    </message>
    <message>
        <source>The BTN is among the numbers being ported: choose what happens to it (replace it, close the account, or each number is its own BTN).</source>
        <translation>El BTN está entre los números que se portan: elija qué sucede con él (reemplazarlo, cerrar la cuenta, o cada número es su propio BTN).</translation>
    </message>
    <message>
        <source>A BTN option is chosen but no BTN is among the numbers being ported: choose &quot;none&quot; or add the BTN to the numbers.</source>
        <translation>Se eligió una opción del BTN, pero ningún BTN está entre los números que se portan: elija &quot;none&quot; o agregue el BTN a los números.</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation>Nuevo BTN</translation>
    </message>
    <message>
        <source>The new BTN %1 is the BTN being replaced: give a different number on the same account.</source>
        <translation>El nuevo BTN %1 es el BTN que se reemplaza: indique otro número de la misma cuenta.</translation>
    </message>
    <message>
        <source>The new BTN %1 is itself being ported: it must stay with the current carrier.</source>
        <translation>El nuevo BTN %1 también se porta: debe quedarse con el operador actual.</translation>
    </message>
    <message>
        <source>A new BTN is given but the BTN option is not &quot;replace&quot;.</source>
        <translation>Se indicó un nuevo BTN, pero la opción del BTN no es &quot;replace&quot;.</translation>
    </message>
    <message>
        <source>At least one number to port out is required.</source>
        <translation>Se necesita al menos un número para la portabilidad saliente.</translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory: only numbers you hold can be ported out.</source>
        <translation>%1 no está en el inventario de números telefónicos: solo se pueden portar a otro operador los números que usted tiene.</translation>
    </message>
    <message>
        <source>%1 is a %2 number, not %3.</source>
        <translation>%1 es un número de %2, no de %3.</translation>
    </message>
    <message>
        <source>%1 is already in an open port-out.</source>
        <translation>%1 ya está en una portabilidad saliente abierta.</translation>
    </message>
    <message>
        <source>%1 is in the deletion queue: restore it first.</source>
        <translation>%1 está en la cola de eliminación: restáurelo primero.</translation>
    </message>
    <message>
        <source>%1 is still being ported in: it can be ported out once active.</source>
        <translation>%1 todavía se está portando: se puede portar a otro operador cuando esté activo.</translation>
    </message>
    <message>
        <source>The authorizing person&apos;s title is required for a business account (e.g. Office Manager): the LOA prints it where the person signs.</source>
        <translation>El cargo de la persona que autoriza es obligatorio para una cuenta de empresa (p. ej. gerente de oficina): la LOA lo imprime donde firma la persona.</translation>
    </message>
    <message>
        <source>The authorizing person&apos;s phone number is required: the carrier may call to confirm the port.</source>
        <translation>El número telefónico de la persona que autoriza es obligatorio: el operador puede llamar para confirmar la portabilidad.</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s phone: %1</source>
        <translation>Teléfono de la persona que autoriza: %1</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email &quot;%1&quot; is not a valid email address.</source>
        <translation>El correo electrónico de la persona que autoriza &quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Say whether this request moves every number on the account with the carrier (full port) or leaves some there (partial port).</source>
        <translation>Indique si esta solicitud traslada todos los números de la cuenta con el operador (portabilidad total) o deja algunos allí (portabilidad parcial).</translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier are listed, but the port is a full port: choose partial port, or remove them.</source>
        <translation>Se indican números que se quedan con el operador, pero la portabilidad es total: elija portabilidad parcial o quítelos.</translation>
    </message>
    <message>
        <source>A partial port must list the numbers that stay on the account with the carrier: the carrier keeps the account open for them.</source>
        <translation>Una portabilidad parcial debe indicar los números que se quedan en la cuenta con el operador: el operador mantiene la cuenta abierta para ellos.</translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier, number %1 (&quot;%2&quot;): %3</source>
        <translation>Números que se quedan con el operador, número %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>%1 is listed as staying with the carrier and as being ported: it can be only one.</source>
        <translation>%1 figura como número que se queda con el operador y como número que se porta: solo puede ser una de las dos cosas.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the numbers that stay with the carrier.</source>
        <translation>%1 aparece dos veces entre los números que se quedan con el operador.</translation>
    </message>
    <message>
        <source>A RespOrg is given for a group of local numbers: RespOrgs manage toll-free numbers only. Remove it.</source>
        <translation>Se indica una RespOrg para un grupo de números locales: las RespOrg solo administran números gratuitos. Quítela.</translation>
    </message>
    <message>
        <source>Toll-free numbers move by a RespOrg change: the target RespOrg ID (5 characters, e.g. JYT01) is required.</source>
        <translation>Los números gratuitos se trasladan con un cambio de RespOrg: el ID de la RespOrg de destino (5 caracteres, p. ej. JYT01) es obligatorio.</translation>
    </message>
    <message>
        <source>Target RespOrg ID &quot;%1&quot; is not a RespOrg ID: it has 5 characters, three letters then two digits (e.g. JYT01).</source>
        <translation>El ID de la RespOrg de destino &quot;%1&quot; no es un ID de RespOrg: tiene 5 caracteres, tres letras y luego dos dígitos (p. ej. JYT01).</translation>
    </message>
    <message>
        <source>Say whether the account is a business or a residential one, as the carrier has it.</source>
        <translation>Indique si la cuenta es de empresa o residencial, según la tiene registrada el operador.</translation>
    </message>
    <message>
        <source>The request holds %1 numbers: one request may hold at most %2 (the largest bulk order a carrier takes). Split it into several requests.</source>
        <translation>La solicitud contiene %1 números: una solicitud puede contener como máximo %2 (el pedido masivo más grande que acepta un operador). Divídala en varias solicitudes.</translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s title</source>
        <translation>Cargo de la persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email</source>
        <translation>Correo electrónico de la persona que autoriza</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Service address street</source>
        <translation>Calle de la dirección de servicio</translation>
    </message>
    <message>
        <source>Service address city</source>
        <translation>Ciudad de la dirección de servicio</translation>
    </message>
    <message>
        <source>Service address state</source>
        <translation>Estado de la dirección de servicio</translation>
    </message>
    <message>
        <source>Service address ZIP code</source>
        <translation>Código postal de la dirección de servicio</translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation>RespOrg actual</translation>
    </message>
    <message>
        <source>RespOrg ID</source>
        <translation>ID de RespOrg</translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Requested port date %1 is more than a year ahead: carriers take port orders for the coming weeks, not years.</source>
        <translation>La fecha de portabilidad solicitada %1 está a más de un año: los operadores aceptan pedidos de portabilidad para las próximas semanas, no años.</translation>
    </message>
    <message>
        <source>Requested port date %1 is %2 (Settings, extra non-business days): choose a business day.</source>
        <translation>La fecha de portabilidad solicitada %1 es %2 (Configuración, días no hábiles adicionales): elija un día hábil.</translation>
    </message>
    <message>
        <source>FOC date %1 is %2 (Settings, extra non-business days): the FOC must be a business day.</source>
        <translation>La fecha de FOC %1 es %2 (Configuración, días no hábiles adicionales): la FOC debe ser un día hábil.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not an IANA time zone: use an id such as America/New_York, America/Chicago, America/Denver, America/Phoenix or America/Los_Angeles.</source>
        <translation>La zona horaria &quot;%1&quot; no es una zona horaria IANA: use un ID como America/New_York, America/Chicago, America/Denver, America/Phoenix o America/Los_Angeles.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not in the United States or its territories: give the zone of the service address, such as America/Chicago.</source>
        <translation>La zona horaria &quot;%1&quot; no está en Estados Unidos ni en sus territorios: indique la zona de la dirección de servicio, como America/Chicago.</translation>
    </message>
    <message>
        <source>Requested port date is given with offset %1 but time zone %2 is at %3 on %4: give the time in the zone&apos;s offset (%5) or correct timeZone.</source>
        <translation>La fecha de portabilidad solicitada se indica con el desfase %1, pero la zona horaria %2 está en %3 el %4: indique la hora con el desfase de la zona (%5) o corrija timeZone.</translation>
    </message>
    <message>
        <source>Voice Connector name</source>
        <translation>Nombre del Voice Connector</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>%1 is already in an open port-in of another account.</source>
        <translation>%1 ya está en una portabilidad entrante abierta de otra cuenta.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Everything the request says, and the LOAs it will need. Submit runs the same checks as the command line and opens the new case.</source>
        <translation>Todo lo que dice la solicitud y las LOA que necesitará. Enviar hace las mismas comprobaciones que la línea de comandos y abre el nuevo caso.</translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>The sample store must start empty.</source>
        <translation>La base de datos de ejemplo debe empezar vacía.</translation>
    </message>
    <message>
        <source>No completed port-in has numbers left to port out.</source>
        <translation>Ninguna portabilidad entrante completada tiene números para portar a otro operador.</translation>
    </message>
    <message>
        <source>The sample store needs the current time.</source>
        <translation>La base de datos de ejemplo necesita la hora actual.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Requested date and time</source>
        <translation>Fecha y hora solicitadas</translation>
    </message>
    <message>
        <source>When the numbers should move to the new service: a business day, not a weekend or a US federal holiday. A port usually takes 2-4 weeks.</source>
        <translation>Cuándo deben pasar los números al nuevo servicio: un día hábil, no un fin de semana ni un día festivo federal de EE. UU. Una portabilidad suele tardar de 2 a 4 semanas.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>This is the date you ask for. The current carrier then confirms the actual date and time of the port (the Firm Order Commit, FOC), and support asks you to confirm it.</source>
        <translation>Esta es la fecha que usted pide. Luego el operador actual confirma la fecha y hora reales de la portabilidad (la confirmación en firme de la orden, FOC) y soporte le pide que la confirme.</translation>
    </message>
    <message>
        <source>The date the numbers should move, in the customer&apos;s time: a business day (no weekend, no US federal holiday, none of the extra non-business days of the settings), in the future and at most a year ahead. Less than two weeks ahead only warns: a port usually takes 2-4 weeks.</source>
        <translation>La fecha en que deben pasar los números, en la hora del cliente: un día hábil (ni fin de semana, ni día festivo federal de EE. UU., ni uno de los días no hábiles adicionales de la configuración), en el futuro y como máximo a un año. A menos de dos semanas solo se avisa: una portabilidad suele tardar de 2 a 4 semanas.</translation>
    </message>
    <message>
        <source>The time of day the numbers should move, in the customer&apos;s time zone.</source>
        <translation>La hora del día en que deben pasar los números, en la zona horaria del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone, proposed from the service address&apos;s state and the numbers&apos; area codes. A zone you pick here stays even if you change the address. The request keeps it by its IANA name.</source>
        <translation>La zona horaria del cliente, propuesta a partir del estado de la dirección de servicio y de los códigos de área de los números. Una zona que elija aquí se mantiene aunque cambie la dirección. La solicitud la guarda por su nombre IANA.</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>(cannot be read: this store&apos;s key is not available)</source>
        <translation>(no se puede leer: la clave de esta base de datos no está disponible)</translation>
    </message>
</context>
<context>
    <name>SecretService</name>
    <message>
        <source>Name the secret to reveal.</source>
        <translation>Indique el dato secreto que desea revelar.</translation>
    </message>
    <message>
        <source>This store&apos;s account numbers and PINs cannot be read with your key: %1</source>
        <translation>Los números de cuenta y PIN de esta base de datos no se pueden leer con su clave: %1</translation>
    </message>
    <message>
        <source>Case %1 holds no such secret: %2.</source>
        <translation>El caso %1 no contiene ese dato secreto: %2.</translation>
    </message>
    <message>
        <source>%1 contains %2. Account numbers and PINs stay masked in the case (Reveal shows them); take it out of the text.</source>
        <translation>%1 contiene %2. Los números de cuenta y los PIN quedan enmascarados en el caso (Revelar los muestra); quítelo del texto.</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>libcurl no pudo iniciarse.</translation>
    </message>
    <message>
        <source>SMTP %1: %2</source>
        <translation>SMTP %1: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Case %1 was changed by another program at the same time; try again.</source>
        <translation>Otro programa cambió el caso %1 al mismo tiempo; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Port-out %1: only %2 of its %3 numbers could be marked; nothing was changed.</source>
        <translation>Portabilidad saliente %1: solo se pudieron marcar %2 de sus %3 números; no se cambió nada.</translation>
    </message>
    <message>
        <source>The store %1 is at schema %2 and cannot be upgraded to %3.</source>
        <translation>La base de datos %1 está en el esquema %2 y no se puede actualizar al %3.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program is writing to it (%2).</source>
        <translation>La base de datos %1 está ocupada: otro programa está escribiendo en ella (%2).</translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. Nothing more is written to it; restore it from a backup.</source>
        <translation>La base de datos %1 está dañada: %2. Ya no se escribe nada en ella; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: %2.</source>
        <translation>No se puede acceder a la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The store %1 refused a change: %2.</source>
        <translation>La base de datos %1 rechazó un cambio: %2.</translation>
    </message>
    <message>
        <source>The store %1 did not confirm a change.</source>
        <translation>La base de datos %1 no confirmó un cambio.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another program holds it (%2).</source>
        <translation>La base de datos %1 está ocupada: otro programa la tiene abierta (%2).</translation>
    </message>
    <message>
        <source>The file %1 is damaged: %2. It was left as it is.</source>
        <translation>El archivo %1 está dañado: %2. Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>%1 is not a file: give the path of a PortDesk store file.</source>
        <translation>%1 no es un archivo: indique la ruta de un archivo de base de datos de PortDesk.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2.</source>
        <translation>No se puede leer la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a PortDesk store (it is not a SQLite database). It was left as it is.</source>
        <translation>El archivo %1 está dañado o no es una base de datos de PortDesk (no es una base de datos SQLite). Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as if cut off. It was left as it is.</source>
        <translation>El archivo %1 está dañado: es más corto de lo que dice su propio encabezado (%2 de %3 bytes), como si estuviera cortado. Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2.</source>
        <translation>No se puede abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is a database but not a PortDesk store. It was left as it is.</source>
        <translation>El archivo %1 es una base de datos, pero no de PortDesk. Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer PortDesk (schema %2; this one knows up to %3). Open it with that version or a later one.</source>
        <translation>La base de datos %1 la escribió un PortDesk más reciente (esquema %2; este conoce hasta el %3). Ábrala con esa versión o una posterior.</translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: this PortDesk has no PostgreSQL driver (install the Qt PostgreSQL plugin).</source>
        <translation>No se puede acceder a la base de datos %1: este PortDesk no tiene controlador de PostgreSQL (instale el complemento PostgreSQL de Qt).</translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: %2</source>
        <translation>No se puede acceder a la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not a PortDesk store. It was left as it is.</source>
        <translation>La base de datos %1 contiene tablas, pero no es una base de datos de PortDesk. Se dejó tal como estaba.</translation>
    </message>
    <message>
        <source>The store %1 is busy with another change of this program; try again when it is done.</source>
        <translation>La base de datos %1 está ocupada con otro cambio de este programa; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2): nothing was changed.</source>
        <translation>La base de datos %1 está abierta en solo lectura (%2): no se cambió nada.</translation>
    </message>
    <message>
        <source>The change holds an account number, PIN or account ID, and the store %1 cannot seal it: %2</source>
        <translation>El cambio contiene un número de cuenta, un PIN o un ID de cuenta, y la base de datos %1 no puede sellarlo: %2</translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation>el archivo es de solo lectura para usted</translation>
    </message>
    <message>
        <source>its folder is read-only for you</source>
        <translation>su carpeta es de solo lectura para usted</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>como se pidió</translation>
    </message>
    <message>
        <source>The store %1 does not exist (a store opened read-only is never created).</source>
        <translation>La base de datos %1 no existe (una base de datos abierta en solo lectura nunca se crea).</translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2) and is not a PortDesk store yet.</source>
        <translation>La base de datos %1 está abierta en solo lectura (%2) y todavía no es una base de datos de PortDesk.</translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2) and has schema %3, which this PortDesk reads only after upgrading it to %4: open it once with write access.</source>
        <translation>La base de datos %1 está abierta en solo lectura (%2) y tiene el esquema %3, que este PortDesk solo lee después de actualizarla al %4: ábrala una vez con permiso de escritura.</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>el puerto no es un número del 1 al 65535</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>sin servidor</translation>
    </message>
    <message>
        <source>no database name</source>
        <translation>sin nombre de base de datos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL store address (%2): use postgresql://user@host:port/database.</source>
        <translation>&quot;%1&quot; no es una dirección de base de datos PostgreSQL (%2): use postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a kind of store PortDesk uses. A store is a SQLite file (a path, or sqlite:PATH) or a PostgreSQL database (postgresql://user@host:port/database).</source>
        <translation>&quot;%1&quot;: %2 no es un tipo de base de datos que use PortDesk. Una base de datos es un archivo SQLite (una ruta, o sqlite:PATH) o una base de datos PostgreSQL (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: the connection was lost.</source>
        <translation>No se puede acceder a la base de datos %1: se perdió la conexión.</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>Checked every page and every index of %1 (%2 MB) in %3 s: no damage found.</source>
        <translation>Se revisaron todas las páginas y todos los índices de %1 (%2 MB) en %3 s: no se encontró ningún daño.</translation>
    </message>
    <message>
        <source>Checked every page of %1 (%2 MB) in %3 s: no damage found.</source>
        <translation>Se revisaron todas las páginas de %1 (%2 MB) en %3 s: no se encontró ningún daño.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: SQLite&apos;s check found &quot;%2&quot;. Nothing more is written to it; restore it from a backup.</source>
        <translation>La base de datos %1 está dañada: la revisión de SQLite encontró &quot;%2&quot;. Ya no se escribe nada en ella; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Read every row of the %1 tables of %2 (%3 rows) in %4 s: no damage found.</source>
        <translation>Se leyeron todas las filas de las %1 tablas de %2 (%3 filas) en %4 s: no se encontró ningún daño.</translation>
    </message>
</context>
<context>
    <name>StoreProbe</name>
    <message>
        <source>No store given: choose a SQLite file or give a postgresql:// URL.</source>
        <translation>No se indicó ninguna base de datos: elija un archivo SQLite o indique una URL postgresql://.</translation>
    </message>
    <message>
        <source>No store there yet: PortDesk makes a new one in %1 when it opens it.</source>
        <translation>Todavía no hay ninguna base de datos allí: PortDesk crea una nueva en %1 al abrirla.</translation>
    </message>
    <message>
        <source>Connected: schema %1, the SQLite file %2</source>
        <translation>Conectado: esquema %1, el archivo SQLite %2</translation>
    </message>
    <message>
        <source>Connected: schema %1, team store as %2</source>
        <translation>Conectado: esquema %1, base de datos del equipo como %2</translation>
    </message>
    <message>
        <source>Connected: schema %1, single-user store as %2</source>
        <translation>Conectado: esquema %1, base de datos de un solo usuario como %2</translation>
    </message>
</context>
<context>
    <name>StoreSecrets</name>
    <message>
        <source>The store %1 cannot be upgraded: its account numbers and PINs are now sealed with a key of yours, and none could be had. %2</source>
        <translation>No se puede actualizar la base de datos %1: sus números de cuenta y PIN ahora se sellan con una clave suya, y no se pudo obtener ninguna. %2</translation>
    </message>
    <message>
        <source>Set %1 to a key (the base64 of 32 bytes).</source>
        <translation>Defina %1 con una clave (32 bytes en base64).</translation>
    </message>
    <message>
        <source>no key of yours was found (%1, the keyring, or the key file %2).</source>
        <translation>no se encontró ninguna clave suya (%1, el llavero o el archivo de clave %2).</translation>
    </message>
    <message>
        <source>the store&apos;s keys cannot be read: %1</source>
        <translation>no se pueden leer las claves de la base de datos: %1</translation>
    </message>
    <message>
        <source>your key (%1) has asked for this store&apos;s key and has not been given it yet (portdesk-cli store grant-keys).</source>
        <translation>su clave (%1) pidió la clave de esta base de datos y todavía no se le ha dado (portdesk-cli store grant-keys).</translation>
    </message>
    <message>
        <source>the key in %1 is not one this store&apos;s secrets were sealed for.</source>
        <translation>la clave de %1 no es una de aquellas para las que se sellaron los datos secretos de esta base de datos.</translation>
    </message>
    <message>
        <source>Only someone who can read the store&apos;s secrets can grant its key: %1</source>
        <translation>Solo quien puede leer los datos secretos de la base de datos puede conceder su clave: %1</translation>
    </message>
</context>
<context>
    <name>SupportRequestText</name>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Porting phone numbers in</source>
        <translation>Portabilidad entrante de números telefónicos</translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Carrier %1 of %2 (LOA %1)</source>
        <translation>Operador %1 de %2 (LOA %1)</translation>
    </message>
    <message>
        <source>Existing phone numbers to port in (%1):</source>
        <translation>Números telefónicos existentes que se portan (%1):</translation>
    </message>
    <message>
        <source>Phone number type: %1</source>
        <translation>Tipo de número telefónico: %1</translation>
    </message>
    <message>
        <source>(Voice Connector name: %1)</source>
        <translation>(Nombre del Voice Connector: %1)</translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN): %1</source>
        <translation>Número telefónico de facturación (BTN): %1</translation>
    </message>
    <message>
        <source>Authorizing person’s name: %1</source>
        <translation>Nombre de la persona que autoriza: %1</translation>
    </message>
    <message>
        <source>Current carrier: %1</source>
        <translation>Operador actual: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se conoce</translation>
    </message>
    <message>
        <source>Service account number: %1</source>
        <translation>Número de cuenta del servicio: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Service PIN: %1</source>
        <translation>PIN del servicio: %1</translation>
    </message>
    <message>
        <source>Service address and customer name: %1</source>
        <translation>Dirección de servicio y nombre del cliente: %1</translation>
    </message>
    <message>
        <source>Requested date and time for the port: %1</source>
        <translation>Fecha y hora solicitadas para la portabilidad: %1</translation>
    </message>
    <message>
        <source>New BTN: %1</source>
        <translation>Nuevo BTN: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Porting phone numbers out</source>
        <translation>Portabilidad saliente de números telefónicos</translation>
    </message>
    <message>
        <source>Phone numbers to port out (%1):</source>
        <translation>Números telefónicos que se portan a otro operador (%1):</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>A team store is a PostgreSQL store: %1 is a single-user SQLite store, where the role is chosen with --as or the toolbar.</source>
        <translation>Una base de datos del equipo es una base de datos PostgreSQL: %1 es una base de datos SQLite de un solo usuario, donde el rol se elige con --as o con la barra de herramientas.</translation>
    </message>
    <message>
        <source>Only the owner of the store&apos;s tables sets up the team; the login %1 is not the owner.</source>
        <translation>Solo el propietario de las tablas de la base de datos configura el equipo; el usuario %1 no es el propietario.</translation>
    </message>
    <message>
        <source>%1 is not a team store yet: run portdesk-cli team init first.</source>
        <translation>%1 todavía no es una base de datos del equipo: ejecute primero portdesk-cli team init.</translation>
    </message>
    <message>
        <source>An account needs a name of 1 to 200 characters.</source>
        <translation>Una cuenta necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>An account&apos;s name is not a number (--account takes an id or a name).</source>
        <translation>El nombre de una cuenta no puede ser un número (--account admite un ID o un nombre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos; (not pg_ or portdesk_).</source>
        <translation>&quot;%1&quot; no puede ser un usuario: use de 1 a 63 letras, dígitos, &apos;_&apos;, &apos;.&apos; o &apos;-&apos;, empezando por una letra o &apos;_&apos; (no pg_ ni portdesk_).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (team list shows them; team add-account adds one).</source>
        <translation>No existe la cuenta &quot;%1&quot; (team list las muestra; team add-account agrega una).</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is %2 characters long: it may have at most %3.</source>
        <translation>%1 tiene %2 caracteres: puede tener como máximo %3.</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3: remove it, and type or paste the text again.</source>
        <translation>%1 contiene un carácter de control (U+%2) en la posición %3: quítelo y vuelva a escribir o pegar el texto.</translation>
    </message>
</context>
<context>
    <name>UsTimeZones</name>
    <message>
        <source>Eastern</source>
        <translation>Este</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Montaña</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pacífico</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Puerto Rico/USVI</source>
        <translation>Puerto Rico/Islas Vírgenes de EE. UU.</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VoiceConnectorDialog</name>
    <message>
        <source>New Voice Connector</source>
        <translation>Nuevo Voice Connector</translation>
    </message>
    <message>
        <source>A Voice Connector port needs the Voice Connector that will receive the numbers.</source>
        <translation>Una portabilidad a Voice Connector necesita el Voice Connector que recibirá los números.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. pbx-east</source>
        <translation>p. ej. pbx-east</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>&amp;Encrypt calls (TLS signaling and SRTP media)</source>
        <translation>&amp;Cifrar las llamadas (señalización TLS y medios SRTP)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Port United States phone numbers into and out of the cloud calling service.</source>
        <translation>Portabilidad de números telefónicos de Estados Unidos hacia y desde el servicio de llamadas en la nube.</translation>
    </message>
    <message>
        <source>The store: sqlite:PATH, a file path or postgresql://user@host:port/db.</source>
        <translation>La base de datos: sqlite:PATH, una ruta de archivo o postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>The store cannot be opened.

%1</source>
        <translation>No se puede abrir la base de datos.

%1</translation>
    </message>
    <message>
        <source>Open a demo store of about 30 cases in every state, made afresh with dates relative to today (never your real store).</source>
        <translation>Abrir una base de datos de demostración con unos 30 casos en todos los estados, creada de nuevo con fechas relativas a hoy (nunca su base de datos real).</translation>
    </message>
    <message>
        <source>The sample store could not be made.

%1</source>
        <translation>No se pudo crear la base de datos de ejemplo.

%1</translation>
    </message>
    <message>
        <source>PortDesk — SAMPLE store (demo cases, not your real store)</source>
        <translation>PortDesk — base de datos de EJEMPLO (casos de demostración, no su base de datos real)</translation>
    </message>
    <message>
        <source>Write nothing to the store: look only (a store you cannot write opens so by itself).</source>
        <translation>No escribir nada en la base de datos: solo consultar (una base de datos que no puede escribir se abre así por sí sola).</translation>
    </message>
    <message>
        <source>PortDesk needs a display: start it on a desktop, or under Xvfb (xvfb-run -a portdesk). portdesk-cli works without one.</source>
        <translation>PortDesk necesita una pantalla: inícielo en un escritorio o con Xvfb (xvfb-run -a portdesk). portdesk-cli funciona sin ella.</translation>
    </message>
    <message>
        <source>Some settings were ignored (File ▸ Settings… shows them):

%1</source>
        <translation>Se ignoraron algunas opciones de configuración (Archivo ▸ Configuración… las muestra):

%1</translation>
    </message>
</context>
<context>
    <name>portdesk::ActionDialog</name>
    <message>
        <source>Refusal</source>
        <translation>Rechazo</translation>
    </message>
</context>
<context>
    <name>portdesk::AssignDialog</name>
    <message>
        <source>Business Calling &amp;user:</source>
        <translation>&amp;Usuario de Business Calling:</translation>
    </message>
    <message>
        <source>&amp;Voice Connector:</source>
        <translation>&amp;Voice Connector:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation>Asignar números</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Assign the selected number to:</source>
        <translation>Asignar el número seleccionado a:</translation>
    </message>
    <message>
        <source>Assign the %1 selected numbers to:</source>
        <translation>Asignar los %1 números seleccionados a:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>Toll-free numbers are assigned to a Voice Connector only, never to a user.</source>
        <translation>Los números gratuitos solo se asignan a un Voice Connector, nunca a un usuario.</translation>
    </message>
    <message>
        <source>%1 of the selected numbers are toll-free: toll-free numbers go to a Voice Connector only, so the selection cannot go to a user.</source>
        <translation>%1 de los números seleccionados son gratuitos: los números gratuitos solo van a un Voice Connector, así que la selección no puede ir a un usuario.</translation>
    </message>
    <message>
        <source>These are Voice Connector numbers: they are assigned to a Voice Connector.</source>
        <translation>Estos son números de Voice Connector: se asignan a un Voice Connector.</translation>
    </message>
    <message>
        <source>These are Business Calling numbers: they are assigned to users.</source>
        <translation>Estos son números de Business Calling: se asignan a usuarios.</translation>
    </message>
    <message>
        <source>The selection mixes Business Calling (%1) and Voice Connector (%2) numbers: the ones of the other kind will be refused and listed.</source>
        <translation>La selección mezcla números de Business Calling (%1) y de Voice Connector (%2): los del otro tipo se rechazarán y se listarán.</translation>
    </message>
    <message>
        <source>There is no Voice Connector yet: create one in the Voice Connectors tab.</source>
        <translation>Todavía no hay ningún Voice Connector: cree uno en la pestaña Voice Connectors.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>portdesk::BtnPage</name>
    <message>
        <source>The BTN is not being ported.</source>
        <translation>El BTN no se porta.</translation>
    </message>
    <message>
        <source>carrier group %1</source>
        <translation>grupo de operador %1</translation>
    </message>
    <message>
        <source>%1, carrier group %2</source>
        <translation>%1, grupo de operador %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The BTN %1 is among the numbers being ported: choose one of the options below.</source>
        <translation>El BTN %1 está entre los números que se portan: elija una de las opciones de abajo.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The BTN %1 is not among the numbers being ported, so it stays with the current carrier: &quot;The BTN is not being ported&quot; applies.</source>
        <translation>El BTN %1 no está entre los números que se portan, así que se queda con el operador actual: se aplica &quot;El BTN no se porta&quot;.</translation>
    </message>
    <message>
        <source>No BTN has been given yet: go Back to the carrier accounts to enter it.</source>
        <translation>Todavía no se indicó ningún BTN: vuelva Atrás a las cuentas con operadores para escribirlo.</translation>
    </message>
</context>
<context>
    <name>portdesk::CarrierGroupForm</name>
    <message>
        <source>Two-letter code of the state or territory</source>
        <translation>Código de dos letras del estado o territorio</translation>
    </message>
    <message>
        <source>Show the account number</source>
        <translation>Mostrar el número de cuenta</translation>
    </message>
    <message>
        <source>Show the PIN</source>
        <translation>Mostrar el PIN</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what is typed (%1 in the field)</source>
        <translation>Mostrar u ocultar lo escrito (%1 en el campo)</translation>
    </message>
</context>
<context>
    <name>portdesk::CarrierGroupsModel</name>
    <message>
        <source>(1 number)</source>
        <translation>(1 número)</translation>
    </message>
    <message>
        <source>(%1 numbers)</source>
        <translation>(%1 números)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>%1 — toll-free</source>
        <translation>%1 — gratuitos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Toll-free numbers have a group and an LOA of their own.</source>
        <translation>Los números gratuitos tienen un grupo y una LOA propios.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>BTN</source>
        <translation>BTN</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuitos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Business or residential</source>
        <translation>Empresa o residencial</translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation>Portabilidad total o parcial</translation>
    </message>
    <message>
        <source>Numbers that stay</source>
        <translation>Números que se quedan</translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation>RespOrg actual</translation>
    </message>
    <message>
        <source>Target RespOrg ID</source>
        <translation>ID de la RespOrg de destino</translation>
    </message>
</context>
<context>
    <name>portdesk::CarriersPage</name>
    <message>
        <source>No numbers yet: go back and add the numbers to port.</source>
        <translation>Todavía no hay números: vuelva atrás y agregue los números que se van a portar.</translation>
    </message>
    <message>
        <source>Toll-free numbers go on an LOA of their own.</source>
        <translation>Los números gratuitos van en una LOA propia.</translation>
    </message>
    <message>
        <source>No other group of this kind</source>
        <translation>No hay otro grupo de este tipo</translation>
    </message>
    <message>
        <source>%1: complete or correct the fields marked below.</source>
        <translation>%1: complete o corrija los campos marcados abajo.</translation>
    </message>
    <message>
        <source>%1 also needs attention.</source>
        <translation>%1 también necesita atención.</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseActions</name>
    <message>
        <source>&amp;Portable</source>
        <translation>&amp;Portable</translation>
    </message>
    <message>
        <source>Record that the numbers can be ported.</source>
        <translation>Registrar que los números se pueden portar.</translation>
    </message>
    <message>
        <source>&amp;Not portable…</source>
        <translation>&amp;No portable…</translation>
    </message>
    <message>
        <source>Record that the numbers cannot be ported, and why.</source>
        <translation>Registrar que los números no se pueden portar, y por qué.</translation>
    </message>
    <message>
        <source>Request &amp;LOA</source>
        <translation>Solicitar &amp;LOA</translation>
    </message>
    <message>
        <source>Ask the admin to sign and submit an LOA for each carrier group.</source>
        <translation>Pedir al administrador que firme y envíe una LOA por cada grupo de operador.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Apr&amp;obar</translation>
    </message>
    <message>
        <source>The carrier confirmed the LOA and approved the port.</source>
        <translation>El operador confirmó la LOA y aprobó la portabilidad.</translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ: name the fields for the admin to correct.</source>
        <translation>Los registros del operador difieren: indique los campos que el administrador debe corregir.</translation>
    </message>
    <message>
        <source>Record the FOC date and time the carrier gave.</source>
        <translation>Registrar la fecha y hora de la FOC que dio el operador.</translation>
    </message>
    <message>
        <source>Issue account ID and P&amp;IN…</source>
        <translation>Emitir ID de cuenta y P&amp;IN…</translation>
    </message>
    <message>
        <source>Give the account ID and PIN for the new carrier.</source>
        <translation>Entregar el ID de cuenta y el PIN para el nuevo operador.</translation>
    </message>
    <message>
        <source>&amp;Mark ported out…</source>
        <translation>&amp;Marcar como portado…</translation>
    </message>
    <message>
        <source>Record that the numbers have left for the new carrier.</source>
        <translation>Registrar que los números se fueron al nuevo operador.</translation>
    </message>
    <message>
        <source>&amp;Submit LOA</source>
        <translation>Envia&amp;r LOA</translation>
    </message>
    <message>
        <source>Submit the signed LOA of every carrier group.</source>
        <translation>Enviar la LOA firmada de cada grupo de operador.</translation>
    </message>
    <message>
        <source>Correct the fields the change request named and resubmit the LOA.</source>
        <translation>Corregir los campos que indicó la solicitud de cambios y volver a enviar la LOA.</translation>
    </message>
    <message>
        <source>&amp;Confirm FOC</source>
        <translation>C&amp;onfirmar FOC</translation>
    </message>
    <message>
        <source>Confirm that the FOC date and time work.</source>
        <translation>Confirmar que la fecha y hora de la FOC sirven.</translation>
    </message>
    <message>
        <source>Ask for another &amp;date…</source>
        <translation>Pedir otra fe&amp;cha…</translation>
    </message>
    <message>
        <source>The FOC does not work: ask for another date.</source>
        <translation>La FOC no sirve: pedir otra fecha.</translation>
    </message>
    <message>
        <source>Stop this port. A reason is asked, then confirmed.</source>
        <translation>Detener esta portabilidad. Se pide un motivo y luego una confirmación.</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Support (you):</source>
        <translation>Soporte (usted):</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Soporte:</translation>
    </message>
    <message>
        <source>Admin (you):</source>
        <translation>Administrador (usted):</translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation>Administrador:</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>No se muestra ningún caso.</translation>
    </message>
    <message>
        <source>The carrier asked for changes: use “Correct and resubmit” to answer them.</source>
        <translation>El operador pidió cambios: use “Corregir y reenviar” para responderlos.</translation>
    </message>
    <message>
        <source>There is no change request to answer: the case is %1.</source>
        <translation>No hay ninguna solicitud de cambios que responder: el caso está en el estado %1.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Done: %1. The case is now %2.</source>
        <translation>Hecho: %1. El caso ahora está en el estado %2.</translation>
    </message>
    <message>
        <source>Resubmit unchanged?</source>
        <translation>¿Reenviar sin cambios?</translation>
    </message>
    <message>
        <source>None of the fields the carrier named has changed. Resubmit the LOA as it is?</source>
        <translation>No cambió ninguno de los campos que indicó el operador. ¿Reenviar la LOA tal como está?</translation>
    </message>
    <message>
        <source>Done: the corrected LOA is resubmitted. The case is now %1.</source>
        <translation>Hecho: se reenvió la LOA corregida. El caso ahora está en el estado %1.</translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation>No portable</translation>
    </message>
    <message>
        <source>The numbers of case %1 cannot be ported. The admin reads the reason; the case ends here.</source>
        <translation>Los números del caso %1 no se pueden portar. El administrador lee el motivo; el caso termina aquí.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Not portable</source>
        <translation>&amp;No portable</translation>
    </message>
    <message>
        <source>Ask for another FOC date</source>
        <translation>Pedir otra fecha de FOC</translation>
    </message>
    <message>
        <source>The FOC %1 does not work. Support asks the carrier for another date.</source>
        <translation>La FOC %1 no sirve. Soporte pide otra fecha al operador.</translation>
    </message>
    <message>
        <source>&amp;Which dates work:</source>
        <translation>&amp;Qué fechas sirven:</translation>
    </message>
    <message>
        <source>&amp;Ask for another date</source>
        <translation>&amp;Pedir otra fecha</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Cancelar el caso</translation>
    </message>
    <message>
        <source>Stop the port of case %1. The numbers stay with the current carrier.</source>
        <translation>Detener la portabilidad del caso %1. Los números se quedan con el operador actual.</translation>
    </message>
    <message>
        <source>Stop the port-out of case %1. The numbers stay in the inventory.</source>
        <translation>Detener la portabilidad saliente del caso %1. Los números se quedan en el inventario.</translation>
    </message>
    <message>
        <source>Cancel the &amp;case</source>
        <translation>&amp;Cancelar el caso</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>C&amp;onservar el caso</translation>
    </message>
    <message>
        <source>Cancel case %1? This cannot be undone.</source>
        <translation>¿Cancelar el caso %1? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Mark ported out</source>
        <translation>Marcar como portado</translation>
    </message>
    <message>
        <source>Have the numbers of case %1 left for the new carrier? They are then to be unassigned and deleted from the inventory; this cannot be undone.</source>
        <translation>¿Los números del caso %1 se fueron al nuevo operador? Después hay que desasignarlos y eliminarlos del inventario; esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Request chan&amp;ge…</source>
        <translation>Solicitar &amp;cambios…</translation>
    </message>
    <message>
        <source>Re&amp;ject numbers…</source>
        <translation>Recha&amp;zar números…</translation>
    </message>
    <message>
        <source>The carrier rejected some numbers: say which and why; the rest go on.</source>
        <translation>El operador rechazó algunos números: indique cuáles y por qué; el resto sigue adelante.</translation>
    </message>
    <message>
        <source>Correct an&amp;d resubmit…</source>
        <translation>Corre&amp;gir y reenviar…</translation>
    </message>
    <message>
        <source>Set FO&amp;C…</source>
        <translation>Fi&amp;jar FOC…</translation>
    </message>
    <message>
        <source>Cancel case…</source>
        <translation>Cancelar el caso…</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseCommentsSection</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Ne&amp;w comment:</source>
        <translation>N&amp;uevo comentario:</translation>
    </message>
    <message>
        <source>Ctrl+Enter posts it</source>
        <translation>Ctrl+Intro lo publica</translation>
    </message>
    <message>
        <source>Internal note (s&amp;upport only)</source>
        <translation>Nota interna (solo &amp;soporte)</translation>
    </message>
    <message>
        <source>Only support sees internal notes; the admin never does.</source>
        <translation>Solo soporte ve las notas internas; el administrador nunca.</translation>
    </message>
    <message>
        <source>P&amp;ost comment</source>
        <translation>Publicar comentario</translation>
    </message>
    <message>
        <source>Commen&amp;ts</source>
        <translation>Comen&amp;tarios</translation>
    </message>
    <message>
        <source>Commen&amp;ts (%1)</source>
        <translation>Comen&amp;tarios (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Todavía no hay comentarios.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseHistoryModel</name>
    <message>
        <source>Request submitted.</source>
        <translation>Solicitud enviada.</translation>
    </message>
    <message>
        <source>Corrected %1 and resubmitted.</source>
        <translation>Se corrigió %1 y se reenvió.</translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation>Campos: %1.</translation>
    </message>
    <message>
        <source>FOC: %1.</source>
        <translation>FOC: %1.</translation>
    </message>
    <message>
        <source>Account ID and PIN issued (shown masked under Request).</source>
        <translation>ID de cuenta y PIN emitidos (se muestran enmascarados en Solicitud).</translation>
    </message>
    <message>
        <source>The numbers are in the inventory, assignable but not live yet.</source>
        <translation>Los números están en el inventario, asignables pero aún no activos.</translation>
    </message>
    <message>
        <source>The numbers are live.</source>
        <translation>Los números están activos.</translation>
    </message>
    <message>
        <source>The numbers left for the new carrier.</source>
        <translation>Los números se fueron al nuevo operador.</translation>
    </message>
    <message>
        <source>Every ported-out number is deleted.</source>
        <translation>Todos los números portados a otro operador están eliminados.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <source>File restored</source>
        <translation>Archivo restaurado</translation>
    </message>
    <message>
        <source>File purged</source>
        <translation>Archivo purgado</translation>
    </message>
    <message>
        <source>Carrier group %1</source>
        <translation>Grupo de operador %1</translation>
    </message>
    <message>
        <source>Carrier group %1 (%2)</source>
        <translation>Grupo de operador %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>LOA signed</source>
        <translation>LOA firmada</translation>
    </message>
    <message>
        <source>%1, version %2, signed by %3</source>
        <translation>%1, versión %2, firmada por %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (deleted at least %2 days before: gone for good)</source>
        <translation>%1 (eliminado al menos %2 días antes: desapareció para siempre)</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The carrier rejected %1 (%2).</source>
        <translation>El operador rechazó %1 (%2).</translation>
    </message>
    <message>
        <source>No number is left to port: the case ends as not portable.</source>
        <translation>No queda ningún número para portar: el caso termina como no portable.</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (usuario %2)</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseHistoryView</name>
    <message>
        <source>Case history</source>
        <translation>Historial del caso</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseQueueModel</name>
    <message>
        <source>Port in</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Port out</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Overdue since %1: %2 was projected for then.</source>
        <translation>Vencido desde el %1: %2 estaba previsto para entonces.</translation>
    </message>
    <message>
        <source>%1 is projected for %2.</source>
        <translation>%1 está previsto para el %2.</translation>
    </message>
    <message>
        <source>Order status: %1. Waiting for %2.</source>
        <translation>Estado del pedido: %1. Esperando %2.</translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation>Administrador: %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Account / customer</source>
        <translation>Cuenta / cliente</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>FOC</source>
        <translation>FOC</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Projected from the case&apos;s history; sort by Due to see what is overdue first.</source>
        <translation>Proyectado a partir del historial del caso; ordene por Vence para ver primero lo vencido.</translation>
    </message>
    <message>
        <source>When the next milestone is projected, from the case&apos;s history.</source>
        <translation>Cuándo se prevé el próximo hito, a partir del historial del caso.</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseRequestSection</name>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculto)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal the %1</source>
        <translation>Revelar el %1</translation>
    </message>
    <message>
        <source>Port-in request</source>
        <translation>Solicitud de portabilidad entrante</translation>
    </message>
    <message>
        <source>Admin email:</source>
        <translation>Correo electrónico del administrador:</translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation>Tipo de producto:</translation>
    </message>
    <message>
        <source>Voice Connector:</source>
        <translation>Voice Connector:</translation>
    </message>
    <message>
        <source>Requested date:</source>
        <translation>Fecha solicitada:</translation>
    </message>
    <message>
        <source>%1: new BTN %2</source>
        <translation>%1: nuevo BTN %2</translation>
    </message>
    <message>
        <source>BTN option:</source>
        <translation>Opción del BTN:</translation>
    </message>
    <message>
        <source>FOC:</source>
        <translation>FOC:</translation>
    </message>
    <message numerus="yes">
        <source>Carrier group %1 — %2 (%n numbers)</source>
        <translation>
            <numerusform>Grupo de operador %1 — %2 (%n número)</numerusform>
            <numerusform>Grupo de operador %1 — %2 (%n números)</numerusform>
        </translation>
    </message>
    <message>
        <source>carrier not given</source>
        <translation>operador no indicado</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Operador:</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Nombre del cliente:</translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation>Dirección de servicio:</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation>%1, %2, %3 %4</translation>
    </message>
    <message>
        <source>BTN:</source>
        <translation>BTN:</translation>
    </message>
    <message>
        <source>Authorizing person:</source>
        <translation>Persona que autoriza:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Número de cuenta:</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>número de cuenta</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Port-out request</source>
        <translation>Solicitud de portabilidad saliente</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>aún no emitido</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>%1 — rejected: %2: %3</source>
        <translation>%1 — rechazado: %2: %3</translation>
    </message>
    <message>
        <source>Show or hide the %1 (showing it is recorded in the case&apos;s history)</source>
        <translation>Mostrar u ocultar el %1 (mostrarlo queda registrado en el historial del caso)</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Their phone and email:</source>
        <translation>Su teléfono y correo electrónico:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Tipo de cuenta:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Portabilidad:</translation>
    </message>
    <message>
        <source>RespOrg change:</source>
        <translation>Cambio de RespOrg:</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · Rejected: %2</source>
        <translation>%1 · Rechazado: %2</translation>
    </message>
    <message>
        <source>Number status:</source>
        <translation>Estado del número:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
</context>
<context>
    <name>portdesk::CaseView</name>
    <message>
        <source>FOC: %1.</source>
        <translation>FOC: %1.</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Solicitu&amp;d</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>LOAs &amp;&amp; files</source>
        <translation>LOA y archivos</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>No hay ningún caso seleccionado.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>Case %1 could not be read: %2</source>
        <translation>No se pudo leer el caso %1: %2</translation>
    </message>
    <message>
        <source>Port-in %1 — %2</source>
        <translation>Portabilidad entrante %1 — %2</translation>
    </message>
    <message>
        <source>Port-out %1 — %2</source>
        <translation>Portabilidad saliente %1 — %2</translation>
    </message>
    <message>
        <source>%1 (order status %2). The case is finished.</source>
        <translation>%1 (estado del pedido %2). El caso terminó.</translation>
    </message>
    <message>
        <source>%1 (order status %2). Waiting for %3.</source>
        <translation>%1 (estado del pedido %2). Esperando %3.</translation>
    </message>
</context>
<context>
    <name>portdesk::CasesView</name>
    <message>
        <source>Port in</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Port out</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Number, customer, carrier, email or case id</source>
        <translation>Número, cliente, operador, correo o ID de caso</translation>
    </message>
    <message>
        <source>A phone number in any notation (or its first or any 3+ digits), a customer, carrier or admin email, or a case id. Ctrl+F comes here; Esc clears it.</source>
        <translation>Un número telefónico en cualquier notación (o sus primeros dígitos, o 3 o más dígitos cualesquiera), un cliente, un operador o el correo de un administrador, o un ID de caso. Ctrl+F lleva aquí; Esc lo borra.</translation>
    </message>
    <message>
        <source>Hide cases that have ended (completed, closed, cancelled, not portable).</source>
        <translation>Ocultar los casos que terminaron (completados, cerrados, cancelados, no portables).</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation>Cola de casos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>Todos los estados (%1)</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Ningún caso coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), the first %1 loaded: scroll for more.</source>
        <translation>
            <numerusform>%n caso, cargados los primeros %1: desplácese para ver más.</numerusform>
            <numerusform>%n casos, cargados los primeros %1: desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo abiertos</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
</context>
<context>
    <name>portdesk::CorrectRequestDialog</name>
    <message>
        <source>Correct and resubmit the LOA</source>
        <translation>Corregir y reenviar la LOA</translation>
    </message>
    <message>
        <source>The carrier asked for changes to: %1.</source>
        <translation>El operador pidió cambios en: %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>Only these fields can be edited; everything else stays as submitted.</source>
        <translation>Solo se pueden editar estos campos; todo lo demás queda como se envió.</translation>
    </message>
    <message>
        <source>Product &amp;type:</source>
        <translation>&amp;Tipo de producto:</translation>
    </message>
    <message>
        <source>&amp;Voice Connector:</source>
        <translation>&amp;Voice Connector:</translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation>&amp;Correo electrónico del administrador:</translation>
    </message>
    <message>
        <source>&amp;Requested date:</source>
        <translation>&amp;Fecha solicitada:</translation>
    </message>
    <message>
        <source>&amp;BTN option:</source>
        <translation>&amp;Opción del BTN:</translation>
    </message>
    <message>
        <source>&amp;New BTN:</source>
        <translation>&amp;Nuevo BTN:</translation>
    </message>
    <message>
        <source>Numbers of group %1, one a line</source>
        <translation>Números del grupo %1, uno por línea</translation>
    </message>
    <message>
        <source>N&amp;umbers, one a line:</source>
        <translation>Números, uno por lín&amp;ea:</translation>
    </message>
    <message>
        <source>&amp;Resubmit LOA</source>
        <translation>&amp;Reenviar LOA</translation>
    </message>
</context>
<context>
    <name>portdesk::EmailNotificationsDialog</name>
    <message>
        <source>to the case&apos;s admin</source>
        <translation>al administrador del caso</translation>
    </message>
    <message>
        <source>to every admin of the account</source>
        <translation>a cada administrador de la cuenta</translation>
    </message>
    <message>
        <source>to support</source>
        <translation>a soporte</translation>
    </message>
    <message>
        <source>Email notifications</source>
        <translation>Notificaciones por correo electrónico</translation>
    </message>
    <message>
        <source>Choose the notifications this address receives by email. An unchecked kind is not sent to it.</source>
        <translation>Elija las notificaciones que esta dirección recibe por correo electrónico. Una clase sin marcar no se le envía.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Clase: %1</translation>
    </message>
    <message>
        <source>Email address: %1 (%2)</source>
        <translation>Dirección de correo electrónico: %1 (%2)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
</context>
<context>
    <name>portdesk::HelpWindow</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>PortDesk guide</source>
        <translation>Guía de PortDesk</translation>
    </message>
    <message>
        <source>%1 — PortDesk guide</source>
        <translation>%1 — Guía de PortDesk</translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryModel</name>
    <message>
        <source>Ported out: unassign and delete</source>
        <translation>Portado (saliente): desasignar y eliminar</translation>
    </message>
    <message>
        <source>Ported in with case %1, port-out case %2</source>
        <translation>Portado con el caso %1, caso de portabilidad saliente %2</translation>
    </message>
    <message>
        <source>Port-out case %1</source>
        <translation>Caso de portabilidad saliente %1</translation>
    </message>
    <message>
        <source>Ported in with case %1</source>
        <translation>Portado con el caso %1</translation>
    </message>
    <message>
        <source>Toll-free: assigned to a Voice Connector only</source>
        <translation>Gratuito: solo se asigna a un Voice Connector</translation>
    </message>
    <message>
        <source>%1: the numbers left with port-out case %2. Unassign and delete them to close the case.</source>
        <translation>%1: los números se fueron con el caso de portabilidad saliente %2. Desasígnelos y elimínelos para cerrar el caso.</translation>
    </message>
    <message>
        <source>Arrived the day before the FOC date: assignable now, live on the FOC date.</source>
        <translation>Llegó el día anterior a la fecha de FOC: ya se puede asignar, activo en la fecha de FOC.</translation>
    </message>
    <message>
        <source>In open port-out case %1.</source>
        <translation>En el caso de portabilidad saliente abierto %1.</translation>
    </message>
    <message>
        <source>Business Calling user</source>
        <translation>Usuario de Business Calling</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>%1, toll-free</source>
        <translation>%1, gratuito</translation>
    </message>
    <message>
        <source>%1 (out)</source>
        <translation>%1 (saliente)</translation>
    </message>
    <message>
        <source>purged at the next clock tick</source>
        <translation>se purga en el próximo paso del reloj</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Restorable for</source>
        <translation>Restaurable durante</translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryView</name>
    <message>
        <source>Ported out: unassign and delete</source>
        <translation>Portado (saliente): desasignar y eliminar</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Assign the selected numbers to a user or a Voice Connector</source>
        <translation>Asignar los números seleccionados a un usuario o a un Voice Connector</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Desasigna&amp;r</translation>
    </message>
    <message>
        <source>Unassign the selected numbers</source>
        <translation>Desasignar los números seleccionados</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message numerus="yes">
        <source>Move the selected unassigned numbers to the deletion queue (restorable for %n day(s))</source>
        <translation>
            <numerusform>Mover los números sin asignar seleccionados a la cola de eliminación (restaurables durante %n día)</numerusform>
            <numerusform>Mover los números sin asignar seleccionados a la cola de eliminación (restaurables durante %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ported out: unassign and delete the selected numbers in one step</source>
        <translation>Portados (salientes): desasignar y eliminar los números seleccionados en un solo paso</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Restore the selected numbers from the deletion queue</source>
        <translation>Restaurar los números seleccionados de la cola de eliminación</translation>
    </message>
    <message>
        <source>&amp;Copy numbers</source>
        <translation>&amp;Copiar números</translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164, one a line</source>
        <translation>Copiar los números seleccionados en E.164, uno por línea</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the numbers shown to JSON (the service&apos;s ListPhoneNumbers) or CSV</source>
        <translation>Exportar los números mostrados a JSON (el ListPhoneNumbers del servicio) o CSV</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import numbers from a ListPhoneNumbers JSON file</source>
        <translation>Importar números de un archivo JSON de ListPhoneNumbers</translation>
    </message>
    <message>
        <source>U&amp;sers…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Add and edit the users numbers are assigned to</source>
        <translation>Agregar y editar los usuarios a los que se asignan números</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Ported out: to unassign and delete</source>
        <translation>Portados (salientes): para desasignar y eliminar</translation>
    </message>
    <message>
        <source>Any product type</source>
        <translation>Cualquier tipo de producto</translation>
    </message>
    <message>
        <source>%1 (out)</source>
        <translation>%1 (saliente)</translation>
    </message>
    <message>
        <source>Unassign and delete</source>
        <translation>Desasignar y eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %1? It stays in the deletion queue for %n day(s).</source>
        <translation>
            <numerusform>¿Desasignar y eliminar %1? Queda en la cola de eliminación durante %n día.</numerusform>
            <numerusform>¿Desasignar y eliminar %1? Queda en la cola de eliminación durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigning and deleting…</source>
        <translation>Desasignando y eliminando…</translation>
    </message>
    <message>
        <source>Deletion queue</source>
        <translation>Cola de eliminación</translation>
    </message>
    <message>
        <source>purged at the next clock tick</source>
        <translation>se purga en el próximo paso del reloj</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the inventory</source>
        <translation>
            <numerusform>%n número en el inventario</numerusform>
            <numerusform>%n números en el inventario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n ported out: unassign and delete them to close their port-out.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n portado a otro operador: desasígnelo y elimínelo para cerrar su portabilidad saliente.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n portados a otro operador: desasígnelos y elimínelos para cerrar su portabilidad saliente.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion queue (%1)</source>
        <translation>Cola de eliminación (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted numbers stay here for %n day(s), restorable, then the clock removes them for good.</source>
        <translation>
            <numerusform>Los números eliminados quedan aquí durante %n día, restaurables; luego el reloj los quita para siempre.</numerusform>
            <numerusform>Los números eliminados quedan aquí durante %n días, restaurables; luego el reloj los quita para siempre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) shown</source>
        <translation>
            <numerusform>%n número mostrado</numerusform>
            <numerusform>%n números mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 numbers shown</source>
        <translation>%1 de %2 números mostrados</translation>
    </message>
    <message>
        <source>Select at most %1 numbers for one action; narrow the selection with the filters.</source>
        <translation>Seleccione como máximo %1 números para una acción; reduzca la selección con los filtros.</translation>
    </message>
    <message>
        <source>Select the numbers first.</source>
        <translation>Seleccione primero los números.</translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation>Asignar números</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n number(s) to %1…</source>
        <translation>
            <numerusform>Asignando %n número a %1…</numerusform>
            <numerusform>Asignando %n números a %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign numbers</source>
        <translation>Desasignar números</translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n number(s)? They stay in the inventory, unassigned.</source>
        <translation>
            <numerusform>¿Desasignar %n número? Queda en el inventario, sin asignar.</numerusform>
            <numerusform>¿Desasignar %n números? Quedan en el inventario, sin asignar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>Desasignando…</translation>
    </message>
    <message>
        <source>Delete numbers</source>
        <translation>Eliminar números</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n number(s)? Only unassigned numbers can be deleted.</source>
        <translation>
            <numerusform>¿Eliminar %n número? Solo se pueden eliminar números sin asignar.</numerusform>
            <numerusform>¿Eliminar %n números? Solo se pueden eliminar números sin asignar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in the deletion queue for %n day(s) and can be restored until then.</source>
        <translation>
            <numerusform>Queda en la cola de eliminación durante %n día y se puede restaurar hasta entonces.</numerusform>
            <numerusform>Quedan en la cola de eliminación durante %n días y se pueden restaurar hasta entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %n number(s)?</source>
        <translation>
            <numerusform>¿Desasignar y eliminar %n número?</numerusform>
            <numerusform>¿Desasignar y eliminar %n números?</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the port-out</source>
        <translation>Terminar la portabilidad saliente</translation>
    </message>
    <message>
        <source>Unassign and delete every number of port-out case %1 still in the inventory? The case closes once they are all deleted.</source>
        <translation>¿Desasignar y eliminar todos los números del caso de portabilidad saliente %1 que siguen en el inventario? El caso se cierra cuando estén todos eliminados.</translation>
    </message>
    <message>
        <source>Restore numbers</source>
        <translation>Restaurar números</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation>Copiar números</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) copied.</source>
        <translation>
            <numerusform>%n número copiado.</numerusform>
            <numerusform>%n números copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Exportar el inventario</translation>
    </message>
    <message>
        <source>ListPhoneNumbers JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON de ListPhoneNumbers (*.json);;CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n número a %1.</numerusform>
            <numerusform>Se exportaron %n números a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Importar el inventario</translation>
    </message>
    <message>
        <source>ListPhoneNumbers JSON (*.json);;All files (*)</source>
        <translation>JSON de ListPhoneNumbers (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a Voice Connector that does not exist here. Create the missing Voice Connectors (default region, no encryption) and import?</source>
        <translation>
            <numerusform>%n fila nombra un Voice Connector que no existe aquí. ¿Crear los Voice Connectors que faltan (región predeterminada, sin cifrado) e importar?</numerusform>
            <numerusform>%n filas nombran un Voice Connector que no existe aquí. ¿Crear los Voice Connectors que faltan (región predeterminada, sin cifrado) e importar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ported-out number(s) left with a port-out and stay in the queue.</source>
        <translation>
            <numerusform>%n número portado se fue con una portabilidad saliente y se queda en la cola.</numerusform>
            <numerusform>%n números portados se fueron con una portabilidad saliente y se quedan en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ported-out numbers left with a port-out: they cannot be restored</source>
        <translation>Los números portados se fueron con una portabilidad saliente: no se pueden restaurar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Asignando…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message numerus="yes">
        <source>assign %n number(s) to %1</source>
        <translation>
            <numerusform>asignar %n número a %1</numerusform>
            <numerusform>asignar %n números a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unassign %n number(s)</source>
        <translation>
            <numerusform>desasignar %n número</numerusform>
            <numerusform>desasignar %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n number(s)</source>
        <translation>
            <numerusform>eliminar %n número</numerusform>
            <numerusform>eliminar %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unassign and delete %n number(s)</source>
        <translation>
            <numerusform>desasignar y eliminar %n número</numerusform>
            <numerusform>desasignar y eliminar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>unassign and delete %1</source>
        <translation>desasignar y eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>restore %n number(s)</source>
        <translation>
            <numerusform>restaurar %n número</numerusform>
            <numerusform>restaurar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign and dele&amp;te…</source>
        <translation>Desasignar y eli&amp;minar…</translation>
    </message>
</context>
<context>
    <name>portdesk::IssuePinDialog</name>
    <message>
        <source>Issue account ID and PIN</source>
        <translation>Emitir ID de cuenta y PIN</translation>
    </message>
    <message>
        <source>The admin gives these to the new carrier when requesting the port.</source>
        <translation>El administrador se los entrega al nuevo operador al solicitar la portabilidad.</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>&amp;ID de cuenta:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the PIN</source>
        <translation>Mostrar el PIN</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the PIN to the clipboard, to paste it for the admin</source>
        <translation>Copiar el PIN al portapapeles, para pegárselo al administrador</translation>
    </message>
    <message>
        <source>Copy the PIN</source>
        <translation>Copiar el PIN</translation>
    </message>
    <message>
        <source>Replace the PIN with %1 new random digits</source>
        <translation>Reemplazar el PIN por %1 dígitos aleatorios nuevos</translation>
    </message>
    <message>
        <source>Hide the PIN</source>
        <translation>Ocultar el PIN</translation>
    </message>
    <message>
        <source>A PIN of your own: at least %1 digits, not one digit repeated (111111), not a run up or down (123456, 987654).</source>
        <translation>Un PIN propio: al menos %1 dígitos, sin un mismo dígito repetido (111111), sin series ascendentes o descendentes (123456, 987654).</translation>
    </message>
    <message>
        <source>PortDesk generated this PIN of random digits. Copy it or note it now: once issued it is shown masked, behind Reveal.</source>
        <translation>PortDesk generó este PIN de dígitos aleatorios. Cópielo o anótelo ahora: una vez emitido, se muestra enmascarado, detrás de Revelar.</translation>
    </message>
    <message>
        <source>Or press Generate.</source>
        <translation>O pulse Generar.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>portdesk::LoaAttachments</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Adj&amp;untar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Attachments of the case</source>
        <translation>Documentos adjuntos del caso</translation>
    </message>
    <message>
        <source>Deletes the file from the case: the LOA no longer names it. It stays in the list, greyed, for Restore.</source>
        <translation>Elimina el archivo del caso: la LOA ya no lo nombra. Queda en la lista, en gris, para Restaurar.</translation>
    </message>
    <message>
        <source>Attaches a deleted file to the case again.</source>
        <translation>Vuelve a adjuntar al caso un archivo eliminado.</translation>
    </message>
    <message>
        <source>A recent carrier invoice or customer service record: PDF, PNG or JPEG, at most %1</source>
        <translation>Una factura reciente del operador o un registro de servicio al cliente: PDF, PNG o JPEG, como máximo %1</translation>
    </message>
    <message>
        <source>Attachments (named on the LOA):</source>
        <translation>Documentos adjuntos (nombrados en la LOA):</translation>
    </message>
    <message>
        <source>Attachment &amp;kind:</source>
        <translation>Clase de ad&amp;junto:</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>eliminado %1</translation>
    </message>
    <message>
        <source>Deleted from the case on %1 (added on %2): not named on the LOA. Restore attaches it again until %3; then it goes for good.</source>
        <translation>Eliminado del caso el %1 (agregado el %2): no se nombra en la LOA. Restaurar lo vuelve a adjuntar hasta el %3; después desaparece para siempre.</translation>
    </message>
    <message>
        <source>Attach a carrier invoice or customer service record</source>
        <translation>Adjuntar una factura del operador o un registro de servicio al cliente</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF, PNG o JPEG (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>%1 is attached as a %2.</source>
        <translation>%1 está adjunto como %2.</translation>
    </message>
    <message>
        <source>%1 is deleted from the case: Restore attaches it again, then it opens.</source>
        <translation>%1 está eliminado del caso: Restaurar lo vuelve a adjuntar y entonces se abre.</translation>
    </message>
    <message>
        <source>%1 is no longer attached.</source>
        <translation>%1 ya no está adjunto.</translation>
    </message>
    <message>
        <source>%1 is open in its viewer.</source>
        <translation>%1 está abierto en su visor.</translation>
    </message>
    <message>
        <source>No program opened %1; a copy is in %2.</source>
        <translation>Ningún programa abrió %1; hay una copia en %2.</translation>
    </message>
    <message>
        <source>Restore the attachment</source>
        <translation>Restaurar el documento adjunto</translation>
    </message>
    <message>
        <source>Delete the attachment</source>
        <translation>Eliminar el documento adjunto</translation>
    </message>
    <message>
        <source>%1 is attached again; the LOA names it.</source>
        <translation>%1 vuelve a estar adjunto; la LOA lo nombra.</translation>
    </message>
    <message>
        <source>%1 is deleted from the case; the LOA no longer names it. Select it and press Restore to attach it again within %2 days.</source>
        <translation>%1 está eliminado del caso; la LOA ya no lo nombra. Selecciónelo y pulse Restaurar para volver a adjuntarlo dentro de %2 días.</translation>
    </message>
</context>
<context>
    <name>portdesk::LoaCompareDialog</name>
    <message>
        <source>Compare LOA versions: case %1, carrier group %2</source>
        <translation>Comparar versiones de la LOA: caso %1, grupo de operador %2</translation>
    </message>
    <message>
        <source>No field of the LOA differs between %1 and %2.</source>
        <translation>Ningún campo de la LOA difiere entre %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the LOA differ from %1 to %2:</source>
        <translation>
            <numerusform>%n campo de la LOA difiere de %1 a %2:</numerusform>
            <numerusform>%n campos de la LOA difieren de %1 a %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Reveal the account number and PIN</source>
        <translation>&amp;Revelar el número de cuenta y el PIN</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1 (agregado)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (quitado)</translation>
    </message>
    <message>
        <source>version %1 (signed %2 by %3)</source>
        <translation>versión %1 (firmada el %2 por %3)</translation>
    </message>
    <message>
        <source>the request as it stands now</source>
        <translation>la solicitud tal como está ahora</translation>
    </message>
</context>
<context>
    <name>portdesk::LoaPanel</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <source>Carrier group</source>
        <translation>Grupo de operador</translation>
    </message>
    <message>
        <source>LOA</source>
        <translation>LOA</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Letters of Authorization, one per carrier group</source>
        <translation>Cartas de autorización, una por grupo de operador</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The language the LOA is written in</source>
        <translation>El idioma en que está escrita la LOA</translation>
    </message>
    <message>
        <source>The authorizing person signs this carrier group&apos;s LOA</source>
        <translation>La persona que autoriza firma la LOA de este grupo de operador</translation>
    </message>
    <message>
        <source>Signed versions of the selected LOA</source>
        <translation>Versiones firmadas de la LOA seleccionada</translation>
    </message>
    <message>
        <source>Two versions selected: what changed between them. One: what changed since it was signed. None: since the last version.</source>
        <translation>Dos versiones seleccionadas: qué cambió entre ellas. Una: qué cambió desde que se firmó. Ninguna: desde la última versión.</translation>
    </message>
    <message>
        <source>Letters of Authorization, &amp;by carrier group:</source>
        <translation>Cartas de autorización, por grupo de operador:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Signed versions of the selected LOA, newest first:</source>
        <translation>Versiones firmadas de la LOA seleccionada, la más reciente primero:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Expires soon: sign again if the LOAs are not submitted before then.</source>
        <translation>Vence pronto: vuelva a firmar si las LOA no se envían antes.</translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA is signed: version %2.</source>
        <translation>La LOA del grupo de operador %1 está firmada: versión %2.</translation>
    </message>
    <message>
        <source>Export the LOA as PDF</source>
        <translation>Exportar la LOA como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the LOA</source>
        <translation>Exportar la LOA</translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA, version %2, signed, is in %3.</source>
        <translation>La LOA del grupo de operador %1, versión %2, firmada, está en %3.</translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA, unsigned (%2), is in %3.</source>
        <translation>La LOA del grupo de operador %1, sin firmar (%2), está en %3.</translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA has no signed version to compare.</source>
        <translation>La LOA del grupo de operador %1 no tiene ninguna versión firmada que comparar.</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>Seleccione una o dos versiones para comparar.</translation>
    </message>
    <message>
        <source>Press Sign… to see the LOA as the request stands now.</source>
        <translation>Pulse Firmar… para ver la LOA tal como está ahora la solicitud.</translation>
    </message>
</context>
<context>
    <name>portdesk::LoaSignDialog</name>
    <message>
        <source>C&amp;lear drawing</source>
        <translation>&amp;Borrar dibujo</translation>
    </message>
    <message>
        <source>carrier not named</source>
        <translation>operador no indicado</translation>
    </message>
    <message>
        <source>Sign the LOA: case %1, carrier group %2</source>
        <translation>Firmar la LOA: caso %1, grupo de operador %2</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Carrier group %1 of %2: %3&lt;/b&gt;, %n number(s).&lt;/p&gt;&lt;p&gt;By signing, %4 authorizes the new service provider to act as its agent for porting these numbers and the current carrier to release them. The LOA is signed as the request stands now: if the request changes, it must be signed again. A signature is good for %5 days.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Grupo de operador %1 de %2: %3&lt;/b&gt;, %n número.&lt;/p&gt;&lt;p&gt;Con la firma, %4 autoriza al nuevo proveedor de servicio a actuar como su agente para portar estos números, y al operador actual a liberarlos. La LOA se firma tal como está ahora la solicitud: si la solicitud cambia, hay que volver a firmarla. Una firma es válida durante %5 días.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Grupo de operador %1 de %2: %3&lt;/b&gt;, %n números.&lt;/p&gt;&lt;p&gt;Con la firma, %4 autoriza al nuevo proveedor de servicio a actuar como su agente para portar estos números, y al operador actual a liberarlos. La LOA se firma tal como está ahora la solicitud: si la solicitud cambia, hay que volver a firmarla. Una firma es válida durante %5 días.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name of the authorizing person</source>
        <translation>Nombre completo de la persona que autoriza</translation>
    </message>
    <message>
        <source>e.g. Office Manager</source>
        <translation>p. ej. gerente de oficina</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Nombre del firmante:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Cargo del firmante:</translation>
    </message>
    <message>
        <source>&amp;Drawn signature (optional):</source>
        <translation>Firma &amp;dibujada (opcional):</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Type the signer&apos;s name to sign.</source>
        <translation>Escriba el nombre del firmante para firmar.</translation>
    </message>
    <message>
        <source>Type the signer&apos;s title to sign.</source>
        <translation>Escriba el cargo del firmante para firmar.</translation>
    </message>
    <message>
        <source>The typed name signs on its own; drawing is optional.</source>
        <translation>El nombre escrito basta como firma; el dibujo es opcional.</translation>
    </message>
    <message>
        <source>The drawing and the typed name go on the LOA.</source>
        <translation>El dibujo y el nombre escrito van en la LOA.</translation>
    </message>
</context>
<context>
    <name>portdesk::LoaVersionsModel</name>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>reemplazada</translation>
    </message>
    <message>
        <source>shows another request</source>
        <translation>muestra otra solicitud</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>typed name</source>
        <translation>nombre escrito</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>dibujada</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>portdesk::MainWindow</name>
    <message>
        <source>Port in</source>
        <translation>Portabilidad entrante</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Voice Connectors</source>
        <translation>Voice Connectors</translation>
    </message>
    <message>
        <source>Port numbers in</source>
        <translation>Portabilidad entrante de números</translation>
    </message>
    <message>
        <source>You have an unfinished port-in request: %1. Resume it, or discard it and start a new one?</source>
        <translation>Tiene una solicitud de portabilidad entrante sin terminar: %1. ¿Reanudarla, o descartarla y empezar una nueva?</translation>
    </message>
    <message>
        <source>Port-in request submitted: case %1.</source>
        <translation>Solicitud de portabilidad entrante enviada: caso %1.</translation>
    </message>
    <message>
        <source>Port-out request submitted: case %1.</source>
        <translation>Solicitud de portabilidad saliente enviada: caso %1.</translation>
    </message>
    <message>
        <source>That draft no longer exists: it may have been discarded or pruned meanwhile.</source>
        <translation>Ese borrador ya no existe: puede que se haya descartado o depurado mientras tanto.</translation>
    </message>
    <message>
        <source>Open sample store</source>
        <translation>Abrir la base de datos de ejemplo</translation>
    </message>
    <message>
        <source>The sample store could not be started.</source>
        <translation>No se pudo iniciar la base de datos de ejemplo.</translation>
    </message>
    <message>
        <source>Updated with changes made by another program.</source>
        <translation>Actualizado con cambios hechos por otro programa.</translation>
    </message>
    <message>
        <source>Act as &amp;admin</source>
        <translation>Actuar como &amp;administrador</translation>
    </message>
    <message>
        <source>Act as &amp;support agent</source>
        <translation>Actuar como agente de &amp;soporte</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>Whose steps the case view offers (Ctrl+Alt+A: admin, Ctrl+Alt+S: support)</source>
        <translation>Qué pasos ofrece la vista del caso (Ctrl+Alt+A: administrador, Ctrl+Alt+S: soporte)</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Actuando como:</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>The store is open read-only: nothing can be filed.</source>
        <translation>La base de datos está abierta en solo lectura: no se puede presentar nada.</translation>
    </message>
    <message>
        <source>Account numbers and PINs cannot be read: %1</source>
        <translation>Los números de cuenta y los PIN no se pueden leer: %1</translation>
    </message>
    <message>
        <source>This store&apos;s key is not available to you: a port-in&apos;s account number and PIN could not be kept.</source>
        <translation>La clave de esta base de datos no está disponible para usted: no se pudieron guardar el número de cuenta ni el PIN de una portabilidad entrante.</translation>
    </message>
    <message>
        <source>Email &amp;notifications…</source>
        <translation>&amp;Notificaciones por correo electrónico…</translation>
    </message>
    <message>
        <source>Choose the notifications your address receives by email</source>
        <translation>Elegir las notificaciones que su dirección recibe por correo electrónico</translation>
    </message>
    <message>
        <source>Email notifications saved for %1.</source>
        <translation>Notificaciones por correo electrónico guardadas para %1.</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>The store, language, time zone, LOA, email and calendar settings</source>
        <translation>La configuración de la base de datos, el idioma, la zona horaria, la LOA, el correo electrónico y el calendario</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies at the next start.</source>
        <translation>Configuración guardada. El nuevo idioma se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>PortDesk opens the new store at its next start. Restart PortDesk now?</source>
        <translation>PortDesk abre la nueva base de datos en su próximo inicio. ¿Reiniciar PortDesk ahora?</translation>
    </message>
    <message>
        <source>%1, admin of %2</source>
        <translation>%1, administrador de %2</translation>
    </message>
    <message>
        <source>%1, support agent (every account)</source>
        <translation>%1, agente de soporte (todas las cuentas)</translation>
    </message>
    <message>
        <source>Team store: the role comes from the login (%1).</source>
        <translation>Base de datos del equipo: el rol lo da el usuario (%1).</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Conectado como:</translation>
    </message>
    <message numerus="yes">
        <source>Read-only (%1): steps the clock has made due are not applied (%n case(s) wait for one).</source>
        <translation>
            <numerusform>Solo lectura (%1): no se aplican los pasos que el reloj ha vencido (%n caso espera uno).</numerusform>
            <numerusform>Solo lectura (%1): no se aplican los pasos que el reloj ha vencido (%n casos esperan uno).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only (%1): nothing is written.</source>
        <translation>Solo lectura (%1): no se escribe nada.</translation>
    </message>
    <message>
        <source>The store is open read-only (%1): nothing can be filed or changed. Open it with write access to file a request.</source>
        <translation>La base de datos está abierta en solo lectura (%1): no se puede presentar ni cambiar nada. Ábrala con permiso de escritura para presentar una solicitud.</translation>
    </message>
    <message>
        <source>Port numbers out</source>
        <translation>Portabilidad saliente de números</translation>
    </message>
</context>
<context>
    <name>portdesk::NotificationCenter</name>
    <message>
        <source>Email notifications: %1</source>
        <translation>Notificaciones por correo electrónico: %1</translation>
    </message>
    <message>
        <source>Email notifications: %1 sent, %2 not sent (tried again later).</source>
        <translation>Notificaciones por correo electrónico: %1 enviadas, %2 sin enviar (se reintentan más tarde).</translation>
    </message>
    <message>
        <source>PortDesk</source>
        <translation>PortDesk</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::NumberDetailsPanel</name>
    <message>
        <source>Select a number to see its details and history.</source>
        <translation>Seleccione un número para ver sus detalles e historial.</translation>
    </message>
    <message>
        <source>Unassign and de&amp;lete this number</source>
        <translation>Desasignar y e&amp;liminar este número</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation>Tipo de producto:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Number history</source>
        <translation>Historial del número</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Ningún número seleccionado</translation>
    </message>
    <message>
        <source>%1 is no longer in the inventory.</source>
        <translation>%1 ya no está en el inventario.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in the deletion queue since %2; restorable for %n more day(s))</source>
        <translation>
            <numerusform>%1 (en la cola de eliminación desde el %2; restaurable durante %n día más)</numerusform>
            <numerusform>%1 (en la cola de eliminación desde el %2; restaurable durante %n días más)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (arrived before its FOC date: assignable now, live on the FOC date)</source>
        <translation>%1 (llegó antes de su fecha de FOC: ya se puede asignar, activo en la fecha de FOC)</translation>
    </message>
    <message>
        <source>%1 (ported out)</source>
        <translation>%1 (portado a otro operador)</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>%1, toll-free</source>
        <translation>%1, gratuito</translation>
    </message>
    <message>
        <source>User %1, since %2</source>
        <translation>Usuario %1, desde el %2</translation>
    </message>
    <message>
        <source>Voice Connector %1, since %2</source>
        <translation>Voice Connector %1, desde el %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>port-in %1</source>
        <translation>portabilidad entrante %1</translation>
    </message>
    <message>
        <source>port-out %1</source>
        <translation>portabilidad saliente %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>creado el %1, actualizado el %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ported out: unassign and delete.&lt;/b&gt; This number left for another carrier with port-out case %1. Unassign and delete it; the case closes once all its numbers are deleted.</source>
        <translation>&lt;b&gt;Portado (saliente): desasignar y eliminar.&lt;/b&gt; Este número se fue a otro operador con el caso de portabilidad saliente %1. Desasígnelo y elimínelo; el caso se cierra cuando se hayan eliminado todos sus números.</translation>
    </message>
    <message>
        <source>Unassign and delete every number of port-out case %1 still in the inventory</source>
        <translation>Desasignar y eliminar todos los números del caso de portabilidad saliente %1 que siguen en el inventario</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>&amp;Historial:</translation>
    </message>
    <message>
        <source>Finish port-out %1 (ever&amp;y number)</source>
        <translation>Terminar la portabilidad saliente %1 (&amp;todos los números)</translation>
    </message>
</context>
<context>
    <name>portdesk::NumberLinesModel</name>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>in inventory</source>
        <translation>en el inventario</translation>
    </message>
    <message>
        <source>in an open port (case %1)</source>
        <translation>en una portabilidad abierta (caso %1)</translation>
    </message>
    <message>
        <source>in an open port</source>
        <translation>en una portabilidad abierta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Como se escribió</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>portdesk::NumberRejectionReasons</name>
    <message>
        <source>On another account</source>
        <translation>En otra cuenta</translation>
    </message>
    <message>
        <source>BTN of another account</source>
        <translation>BTN de otra cuenta</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Not portable (e.g. wireless)</source>
        <translation>No portable (p. ej. inalámbrico)</translation>
    </message>
    <message>
        <source>Another order pending</source>
        <translation>Otro pedido pendiente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>portdesk::NumbersPage</name>
    <message>
        <source>…and %1 more: see the table.</source>
        <translation>…y %1 más: vea la tabla.</translation>
    </message>
    <message>
        <source>Choose a Voice Connector</source>
        <translation>Elija un Voice Connector</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>%1 is listed twice: also on line %2.</source>
        <translation>%1 aparece dos veces: también en la línea %2.</translation>
    </message>
    <message>
        <source>Toll-free: can be ported for Voice Connector only.</source>
        <translation>Gratuito: solo se puede portar para Voice Connector.</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Todavía no hay números.</translation>
    </message>
    <message>
        <source>Checking %1 numbers: %2 done…</source>
        <translation>Comprobando %1 números: %2 hechos…</translation>
    </message>
    <message>
        <source>%1 numbers: %2 valid (%3 toll-free), %4 refused, %5 duplicates</source>
        <translation>%1 números: %2 válidos (%3 gratuitos), %4 rechazados, %5 duplicados</translation>
    </message>
    <message>
        <source>the store could not be asked: %1</source>
        <translation>no se pudo consultar la base de datos: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet: create one</source>
        <translation>Todavía ninguno: cree uno</translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation>Base de datos no disponible</translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation>Importar números</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation>Números (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has no phone numbers in it.</source>
        <translation>%1 no contiene números telefónicos.</translation>
    </message>
    <message>
        <source>Numbers to port: still checking (%1 of %2 done); Next works once every number has its verdict.</source>
        <translation>Números que se van a portar: todavía comprobando (%1 de %2 hechos); Siguiente funciona cuando cada número tenga su resultado.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Numbers to port: paste or import at least one US phone number.</source>
        <translation>Números que se van a portar: pegue o importe al menos un número telefónico de EE. UU.</translation>
    </message>
    <message>
        <source>Phone number type: a toll-free number cannot be ported for Business Calling; choose Voice Connector, or remove it.</source>
        <translation>Tipo de número telefónico: un número gratuito no se puede portar para Business Calling; elija Voice Connector o quítelo.</translation>
    </message>
    <message>
        <source>Phone number type: %1 toll-free numbers cannot be ported for Business Calling; choose Voice Connector, or remove them.</source>
        <translation>Tipo de número telefónico: %1 números gratuitos no se pueden portar para Business Calling; elija Voice Connector o quítelos.</translation>
    </message>
    <message>
        <source>Select a line to read its verdict in full.</source>
        <translation>Seleccione una línea para leer su resultado completo.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 is already in open port-in case %2.</source>
        <translation>%1 ya está en el caso de portabilidad entrante abierto %2.</translation>
    </message>
    <message>
        <source>%1 is already in the phone number inventory.</source>
        <translation>%1 ya está en el inventario de números telefónicos.</translation>
    </message>
    <message>
        <source>Numbers to port: a line cannot be ported; correct or remove it.</source>
        <translation>Números que se van a portar: una línea no se puede portar; corríjala o quítela.</translation>
    </message>
    <message>
        <source>Numbers to port: %1 lines cannot be ported; correct or remove them.</source>
        <translation>Números que se van a portar: %1 líneas no se pueden portar; corríjalas o quítelas.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the request&apos;s %n number(s) against the store…</source>
        <translation>
            <numerusform>Comprobando el %n número de la solicitud contra la base de datos…</numerusform>
            <numerusform>Comprobando los %n números de la solicitud contra la base de datos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers to port: still checking the request against the store; the next page opens when it is done.</source>
        <translation>Números que se van a portar: todavía se está comprobando la solicitud contra la base de datos; la página siguiente se abre cuando termine.</translation>
    </message>
</context>
<context>
    <name>portdesk::PortInView</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Port numbers in&lt;/h2&gt;&lt;p&gt;Bring existing United States numbers from your current carrier to Business Calling or to a Voice Connector. Porting usually takes 2–4 weeks: support checks that the numbers can be ported, you sign a Letter of Authorization for each carrier, the carrier gives a Firm Order Commit (FOC) date, and one day before it the numbers appear in your inventory.&lt;/p&gt;&lt;p&gt;Have ready: the numbers, and for each carrier account the Billing Telephone Number (BTN), the authorizing person, and the customer name and service address exactly as on the carrier contract.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Portabilidad entrante de números&lt;/h2&gt;&lt;p&gt;Traiga números existentes de Estados Unidos desde su operador actual a Business Calling o a un Voice Connector. La portabilidad suele tardar de 2 a 4 semanas: soporte comprueba que los números se pueden portar, usted firma una carta de autorización por cada operador, el operador da una fecha de confirmación en firme de la orden (FOC) y, un día antes, los números aparecen en su inventario.&lt;/p&gt;&lt;p&gt;Tenga a mano: los números y, por cada cuenta con un operador, el número telefónico de facturación (BTN), la persona que autoriza, y el nombre del cliente y la dirección de servicio exactamente como figuran en el contrato con el operador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New port-in request…</source>
        <translation>&amp;Nueva solicitud de portabilidad entrante…</translation>
    </message>
    <message>
        <source>Port &amp;out numbers…</source>
        <translation>Portabilidad &amp;saliente…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>&amp;Drafts not yet submitted (kept for 30 days):</source>
        <translation>&amp;Borradores sin enviar (se guardan 30 días):</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Discard the draft &quot;%1&quot;? It cannot be recovered.</source>
        <translation>¿Descartar el borrador &quot;%1&quot;? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Port-in request</source>
        <translation>Solicitud de portabilidad entrante</translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation>último cambio el %1</translation>
    </message>
    <message>
        <source>will be deleted on %1</source>
        <translation>se eliminará el %1</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>portdesk::PortInWizard</name>
    <message>
        <source>Port numbers in</source>
        <translation>Portabilidad entrante de números</translation>
    </message>
    <message numerus="yes">
        <source>Port-in request, %n number(s)</source>
        <translation>
            <numerusform>Solicitud de portabilidad entrante, %n número</numerusform>
            <numerusform>Solicitud de portabilidad entrante, %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n number(s)</source>
        <translation>
            <numerusform>%1, %n número</numerusform>
            <numerusform>%1, %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Port numbers in — the draft could not be saved: %1</source>
        <translation>Portabilidad entrante de números — no se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved, so what you typed would be lost. Close anyway?</source>
        <translation>No se pudo guardar el borrador, así que se perdería lo que escribió. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Go to review</source>
        <translation>Ir a la revisión</translation>
    </message>
    <message>
        <source>Next through every page whose fields are complete, to the review (%1). Nothing is submitted before the review&apos;s Submit.</source>
        <translation>Siguiente a través de cada página cuyos campos están completos, hasta la revisión (%1). No se envía nada antes de Enviar en la revisión.</translation>
    </message>
</context>
<context>
    <name>portdesk::PortOutDialog</name>
    <message>
        <source>Port numbers out</source>
        <translation>Portabilidad saliente de números</translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation>Business Calling</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Filter: part of a number, e.g. 206 444</source>
        <translation>Filtro: parte de un número, p. ej. 206 444</translation>
    </message>
    <message>
        <source>Numbers in the inventory</source>
        <translation>Números del inventario</translation>
    </message>
    <message>
        <source>Or paste numbers, any notation, one or many per line</source>
        <translation>O pegue números, en cualquier notación, uno o varios por línea</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Choose the numbers to port out to another carrier. Support answers with an account ID and PIN to give the new carrier; when the port is done, unassign and delete the numbers.</source>
        <translation>Elija los números que se portarán a otro operador. Soporte responde con un ID de cuenta y un PIN para entregar al nuevo operador; cuando la portabilidad termine, desasigne y elimine los números.</translation>
    </message>
    <message>
        <source>Phone number &amp;type:</source>
        <translation>&amp;Tipo de número telefónico:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Números:</translation>
    </message>
    <message>
        <source>&amp;Paste numbers:</source>
        <translation>&amp;Pegar números:</translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation>&amp;Correo electrónico del administrador:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Copy as support request</source>
        <translation>Copi&amp;ar como solicitud de soporte</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignado a %1</translation>
    </message>
    <message>
        <source>%1 numbers can be ported out</source>
        <translation>%1 números se pueden portar a otro operador</translation>
    </message>
    <message>
        <source>Save the support request</source>
        <translation>Guardar la solicitud de soporte</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>portdesk::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>portdesk::RejectNumbersDialog</name>
    <message>
        <source>Reject numbers</source>
        <translation>Rechazar números</translation>
    </message>
    <message>
        <source>The carrier rejected some numbers of case %1. Check them (Space checks the current one) and say why: the other numbers go on porting, and the rejected ones never enter the inventory.</source>
        <translation>El operador rechazó algunos números del caso %1. Márquelos (Espacio marca el actual) e indique por qué: los demás números siguen portándose, y los rechazados nunca entran al inventario.</translation>
    </message>
    <message>
        <source>Numbers still porting</source>
        <translation>Números que siguen portándose</translation>
    </message>
    <message>
        <source>&amp;Numbers rejected:</source>
        <translation>&amp;Números rechazados:</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>&amp;Código de motivo:</translation>
    </message>
    <message>
        <source>Required: as the carrier said it</source>
        <translation>Obligatorio: tal como lo dijo el operador</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>Check at least one number.</source>
        <translation>Marque al menos un número.</translation>
    </message>
    <message>
        <source>Every number still porting is rejected: the case ends as not portable.</source>
        <translation>Se rechazan todos los números que seguían portándose: el caso termina como no portable.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) rejected; %1 go on porting.</source>
        <translation>
            <numerusform>%n número rechazado; %1 siguen portándose.</numerusform>
            <numerusform>%n números rechazados; %1 siguen portándose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::RequestChangeDialog</name>
    <message>
        <source>Request a change</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ from the LOA. Tick the fields that differ: the admin can correct exactly these and resubmit.</source>
        <translation>Los registros del operador difieren de la LOA. Marque los campos que difieren: el administrador puede corregir exactamente esos y reenviar.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>What the carrier has on file, if it helps the admin</source>
        <translation>Lo que el operador tiene registrado, si le sirve al administrador</translation>
    </message>
    <message>
        <source>Required: say what differs</source>
        <translation>Obligatorio: indique qué difiere</translation>
    </message>
    <message>
        <source>Request &amp;change</source>
        <translation>Solicitar &amp;cambios</translation>
    </message>
</context>
<context>
    <name>portdesk::ReviewPage</name>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Copy as support request</source>
        <translation>&amp;Copiar como solicitud de soporte</translation>
    </message>
    <message>
        <source>Copies the request as the console&apos;s support form wants it (Category, Subject, Issue, Email) to the clipboard and saves it to a text file.</source>
        <translation>Copia la solicitud al portapapeles tal como la pide el formulario de soporte de la consola (Category, Subject, Issue, Email) y la guarda en un archivo de texto.</translation>
    </message>
    <message>
        <source>The store could not save the request. Nothing was submitted; try again in a moment.</source>
        <translation>La base de datos no pudo guardar la solicitud. No se envió nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Submit was refused. Go Back and correct:</source>
        <translation>Se rechazó el envío. Vuelva Atrás y corrija:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation>Voice Connector</translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Requested date and time</source>
        <translation>Fecha y hora solicitadas</translation>
    </message>
    <message>
        <source>BTN option</source>
        <translation>Opción del BTN</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation>Nuevo BTN</translation>
    </message>
    <message>
        <source>Carrier groups</source>
        <translation>Grupos de operador</translation>
    </message>
    <message>
        <source>current carrier</source>
        <translation>operador actual</translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation>Número telefónico de facturación (BTN)</translation>
    </message>
    <message>
        <source>authorizing person</source>
        <translation>persona que autoriza</translation>
    </message>
    <message>
        <source>authorizing person&apos;s title</source>
        <translation>cargo de la persona que autoriza</translation>
    </message>
    <message>
        <source>service account number</source>
        <translation>número de cuenta del servicio</translation>
    </message>
    <message>
        <source>service PIN</source>
        <translation>PIN del servicio</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <source>service address street</source>
        <translation>calle de la dirección de servicio</translation>
    </message>
    <message>
        <source>service address city</source>
        <translation>ciudad de la dirección de servicio</translation>
    </message>
    <message>
        <source>service address state</source>
        <translation>estado de la dirección de servicio</translation>
    </message>
    <message>
        <source>service address ZIP code</source>
        <translation>código postal de la dirección de servicio</translation>
    </message>
    <message>
        <source>service address</source>
        <translation>dirección de servicio</translation>
    </message>
    <message>
        <source>Carrier group %1</source>
        <translation>Grupo de operador %1</translation>
    </message>
    <message>
        <source>Carrier group %1: %2</source>
        <translation>Grupo de operador %1: %2</translation>
    </message>
    <message>
        <source>To correct before Submit</source>
        <translation>Para corregir antes de Enviar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>%1 in 1 carrier group</source>
        <translation>%1 en 1 grupo de operador</translation>
    </message>
    <message>
        <source>%1 in %2 carrier groups</source>
        <translation>%1 en %2 grupos de operador</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>BTN</source>
        <translation>BTN</translation>
    </message>
    <message>
        <source>The BTN is not being ported.</source>
        <translation>El BTN no se porta.</translation>
    </message>
    <message>
        <source>Letters of Authorization that will be produced</source>
        <translation>Cartas de autorización que se generarán</translation>
    </message>
    <message>
        <source>carrier not known (%1)</source>
        <translation>operador desconocido (%1)</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 número</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 números</translation>
    </message>
    <message>
        <source>LOA %1: %2 — %3</source>
        <translation>LOA %1: %2 — %3</translation>
    </message>
    <message>
        <source>Support asks for the LOAs once it has confirmed that the numbers can be ported; each is signed by the authorizing person of its account.</source>
        <translation>Soporte pide las LOA una vez que confirma que los números se pueden portar; cada una la firma la persona que autoriza de su cuenta.</translation>
    </message>
    <message>
        <source>carrier not known</source>
        <translation>operador desconocido</translation>
    </message>
    <message>
        <source>Carrier group %1: %2 (LOA %1)</source>
        <translation>Grupo de operador %1: %2 (LOA %1)</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … y %1 más</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Números (%1)</translation>
    </message>
    <message>
        <source> — being ported</source>
        <translation> — se porta</translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation>Persona que autoriza</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation>Operador actual</translation>
    </message>
    <message>
        <source>Service account number</source>
        <translation>Número de cuenta del servicio</translation>
    </message>
    <message>
        <source>Service PIN</source>
        <translation>PIN del servicio</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Dirección de servicio</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation>%1, %2, %3 %4</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>The request is not complete, so nothing was copied. Correct:</source>
        <translation>La solicitud no está completa, así que no se copió nada. Corrija:</translation>
    </message>
    <message>
        <source>Save the support request</source>
        <translation>Guardar la solicitud de soporte</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard (not saved to a file). Paste it into the console&apos;s support form.</source>
        <translation>Copiado al portapapeles (no se guardó en un archivo). Péguelo en el formulario de soporte de la consola.</translation>
    </message>
    <message>
        <source>Copied to the clipboard and saved to %1. Paste it into the console&apos;s support form.</source>
        <translation>Copiado al portapapeles y guardado en %1. Péguelo en el formulario de soporte de la consola.</translation>
    </message>
    <message>
        <source>Support request not saved</source>
        <translation>No se guardó la solicitud de soporte</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The text is on the clipboard.</source>
        <translation>No se pudo guardar %1: %2. El texto está en el portapapeles.</translation>
    </message>
    <message>
        <source>Copied to the clipboard; not saved to %1: %2.</source>
        <translation>Copiado al portapapeles; no se guardó en %1: %2.</translation>
    </message>
    <message>
        <source>Preview &amp;LOAs…</source>
        <translation>Vista previa de las &amp;LOA…</translation>
    </message>
    <message>
        <source>Shows the Letter of Authorization of every carrier group as it will be printed, unsigned, with Print and page setup.</source>
        <translation>Muestra la carta de autorización de cada grupo de operador tal como se imprimirá, sin firmar, con Imprimir y la configuración de página.</translation>
    </message>
    <message>
        <source>Their phone and email</source>
        <translation>Su teléfono y correo electrónico</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation>Portabilidad total o parcial</translation>
    </message>
    <message>
        <source>RespOrg change</source>
        <translation>Cambio de RespOrg</translation>
    </message>
</context>
<context>
    <name>portdesk::SchedulePage</name>
    <message>
        <source>%1, %2 %3 (%4)</source>
        <translation>%1, %2 %3 (%4)</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>en el pasado</translation>
    </message>
    <message>
        <source>a weekend day, not a business day</source>
        <translation>un día de fin de semana, no un día hábil</translation>
    </message>
    <message>
        <source>%1, a US federal holiday</source>
        <translation>%1, un día festivo federal de EE. UU.</translation>
    </message>
    <message>
        <source>a business day, 1 business day from today</source>
        <translation>un día hábil, a 1 día hábil de hoy</translation>
    </message>
    <message>
        <source>a business day, %1 business days from today</source>
        <translation>un día hábil, a %1 días hábiles de hoy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>portdesk::SetFocDialog</name>
    <message>
        <source>Set the FOC</source>
        <translation>Fijar la FOC</translation>
    </message>
    <message>
        <source>The Firm Order Commit date and time the carrier gave, in the customer&apos;s time (%1). It must be a business day and not in the past; the admin then confirms it or asks for another date.</source>
        <translation>La fecha y hora de confirmación en firme de la orden (FOC) que dio el operador, en la hora del cliente (%1). Debe ser un día hábil y no estar en el pasado; luego el administrador la confirma o pide otra fecha.</translation>
    </message>
    <message>
        <source>&amp;FOC (%1):</source>
        <translation>&amp;FOC (%1):</translation>
    </message>
    <message>
        <source>&amp;Set FOC</source>
        <translation>Fi&amp;jar FOC</translation>
    </message>
</context>
<context>
    <name>portdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;LOA</source>
        <translation>&amp;LOA</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Un idioma nuevo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>El de este equipo (%1)</translation>
    </message>
    <message>
        <source>Default time &amp;zone:</source>
        <translation>&amp;Zona horaria predeterminada:</translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when a request&apos;s address does not tell it.</source>
        <translation>La zona horaria del cliente cuando la dirección de una solicitud no la indica.</translation>
    </message>
    <message>
        <source>2026-12-24
2026-12-31</source>
        <comment>example dates</comment>
        <translation>2026-12-24
2026-12-31</translation>
    </message>
    <message>
        <source>Extra non-business &amp;days:</source>
        <translation>&amp;Días no hábiles adicionales:</translation>
    </message>
    <message>
        <source>Your carrier&apos;s own holidays, one date (YYYY-MM-DD) a line: no FOC or port date falls on them, as on the US federal holidays.</source>
        <translation>Los días festivos propios de su operador, una fecha (AAAA-MM-DD) por línea: ninguna FOC ni fecha de portabilidad cae en ellos, igual que con los días festivos federales de EE. UU.</translation>
    </message>
    <message>
        <source>The gaining provider every LOA names (as portdesk-cli loa provider). Empty fields take the defaults.</source>
        <translation>El nuevo proveedor de servicio que nombra cada LOA (como portdesk-cli loa provider). Los campos vacíos toman los valores predeterminados.</translation>
    </message>
    <message>
        <source>Provider &amp;name:</source>
        <translation>&amp;Nombre del proveedor:</translation>
    </message>
    <message>
        <source>Provider &amp;ID (SPID, OCN):</source>
        <translation>ID del &amp;proveedor (SPID, OCN):</translation>
    </message>
    <message>
        <source>Porting &amp;contact:</source>
        <translation>Con&amp;tacto de portabilidad:</translation>
    </message>
    <message>
        <source>smtp://mail.example.com:587</source>
        <comment>example URL</comment>
        <translation>smtp://mail.example.com:587</translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;vidor SMTP:</translation>
    </message>
    <message>
        <source>Sende&amp;r:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation>&amp;Usuario SMTP:</translation>
    </message>
    <message>
        <source>SMTP password (&amp;keyring):</source>
        <translation>Contraseña SMTP (llav&amp;ero):</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in the settings file.</source>
        <translation>La contraseña se guarda en %1, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>No keyring is available: the password cannot be kept here. Give it in a file (portdesk-cli notify settings --password-file) or in %1.</source>
        <translation>No hay ningún llavero disponible: la contraseña no se puede guardar aquí. Indíquela en un archivo (portdesk-cli notify settings --password-file) o en %1.</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Sin STARTTLS</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Cifr&amp;ado:</translation>
    </message>
    <message>
        <source>Supp&amp;ort address:</source>
        <translation>Dirección de s&amp;oporte:</translation>
    </message>
    <message>
        <source>Emails you r&amp;eceive…</source>
        <translation>Correo&amp;s que recibe…</translation>
    </message>
    <message>
        <source>In the settings file: %1</source>
        <translation>En el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation>Servidor SMTP: %1</translation>
    </message>
    <message>
        <source>The SMTP password could not be kept in %1: it is not saved.</source>
        <translation>La contraseña SMTP no se pudo guardar en %1: no queda guardada.</translation>
    </message>
</context>
<context>
    <name>portdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The guide, at the page of the current view</source>
        <translation>La guía, en la página de la vista actual</translation>
    </message>
    <message>
        <source>What&apos;s This? Then click a field to learn what it needs</source>
        <translation>¿Qué es esto? Luego haga clic en un campo para saber qué necesita</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+F or Alt+R</source>
        <translation>Ctrl+F o Alt+B</translation>
    </message>
    <message>
        <source>Cases: the queue&apos;s search field</source>
        <translation>Casos: el campo de búsqueda de la cola</translation>
    </message>
    <message>
        <source>Enter or Down</source>
        <translation>Intro o Abajo</translation>
    </message>
    <message>
        <source>In the queue&apos;s search: opens the first case found</source>
        <translation>En la búsqueda de la cola: abre el primer caso encontrado</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the queue&apos;s search: clears it</source>
        <translation>En la búsqueda de la cola: la borra</translation>
    </message>
    <message>
        <source>Ctrl+PgDn / Ctrl+PgUp</source>
        <translation>Ctrl+AvPág / Ctrl+RePág</translation>
    </message>
    <message>
        <source>The next / previous tab inside a view</source>
        <translation>La pestaña siguiente / anterior dentro de una vista</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Posts the comment being written</source>
        <translation>Publica el comentario que se está escribiendo</translation>
    </message>
    <message>
        <source>Alt+N / Alt+B</source>
        <translation>Alt+N / Alt+A</translation>
    </message>
    <message>
        <source>Port-in wizard: Next / Back</source>
        <translation>Asistente de portabilidad entrante: Siguiente / Atrás</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Port-in wizard, numbers list: puts removed numbers back</source>
        <translation>Asistente de portabilidad entrante, lista de números: devuelve los números quitados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>In an account number or PIN field: shows or hides it</source>
        <translation>En un campo de número de cuenta o PIN: lo muestra u oculta</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Inventory: copies the selected numbers in E.164</source>
        <translation>Inventario: copia los números seleccionados en E.164</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Inventory: moves the selected unassigned numbers to the deletion queue</source>
        <translation>Inventario: mueve los números sin asignar seleccionados a la cola de eliminación</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Inventory: the actions for the selection</source>
        <translation>Inventario: las acciones para la selección</translation>
    </message>
    <message>
        <source>Port-in wizard: Go to review, Next through every page already right</source>
        <translation>Asistente de portabilidad entrante: Ir a la revisión, Siguiente a través de cada página que ya está bien</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Port-in wizard, BTN page: chooses the option (replace: then the new BTN)</source>
        <translation>Asistente de portabilidad entrante, página del BTN: elige la opción (reemplazar: luego el nuevo BTN)</translation>
    </message>
</context>
<context>
    <name>portdesk::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Optional: draw the signature with a mouse, pen or finger. The typed name signs on its own. Delete clears the drawing.</source>
        <translation>Opcional: dibuje la firma con un mouse, un lápiz o el dedo. El nombre escrito basta como firma. Supr borra el dibujo.</translation>
    </message>
    <message>
        <source>Draw the signature here (optional). Delete or Backspace clears it.</source>
        <translation>Dibuje la firma aquí (opcional). Supr o Retroceso la borra.</translation>
    </message>
    <message>
        <source>Sign here (optional)</source>
        <translation>Firme aquí (opcional)</translation>
    </message>
</context>
<context>
    <name>portdesk::StoreHealth</name>
    <message>
        <source>The store is being checked already.</source>
        <translation>La base de datos ya se está revisando.</translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation>Revisando la base de datos</translation>
    </message>
    <message>
        <source>Checking every page of the store; PortDesk stays usable meanwhile…</source>
        <translation>Revisando cada página de la base de datos; mientras tanto, PortDesk se puede seguir usando…</translation>
    </message>
    <message>
        <source>PortDesk ended the last time without closing this store: checking its pages…</source>
        <translation>PortDesk terminó la última vez sin cerrar esta base de datos: revisando sus páginas…</translation>
    </message>
    <message>
        <source>Check store</source>
        <translation>Revisar la base de datos</translation>
    </message>
</context>
<context>
    <name>portdesk::StoreSettingsPage</name>
    <message>
        <source>The store PortDesk opens at start when neither --db nor PORTDESK_DB names one.</source>
        <translation>La base de datos que PortDesk abre al iniciar cuando ni --db ni PORTDESK_DB nombran una.</translation>
    </message>
    <message>
        <source>SQLite &amp;file</source>
        <translation>&amp;Archivo SQLite</translation>
    </message>
    <message>
        <source>PortDesk&apos;s own file (%1)</source>
        <translation>El archivo propio de PortDesk (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (a team store)</source>
        <translation>Servidor &amp;PostgreSQL (una base de datos del equipo)</translation>
    </message>
    <message>
        <source>postgresql://alice@db.example.com:5432/portdesk</source>
        <comment>example URL</comment>
        <translation>postgresql://alice@db.example.com:5432/portdesk</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in the settings file.</source>
        <translation>La contraseña se guarda en %1, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>No keyring is available on this desktop: the password is not saved at all. It serves Test connection only; keep it in ~/.pgpass for PortDesk to use.</source>
        <translation>No hay ningún llavero disponible en este escritorio: la contraseña no se guarda en absoluto. Solo sirve para Probar conexión; guárdela en ~/.pgpass para que PortDesk la use.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar co&amp;nexión</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Elegir el archivo de base de datos</translation>
    </message>
    <message>
        <source>PortDesk stores (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de PortDesk (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Store URL: give the PostgreSQL server&apos;s URL, such as postgresql://alice@db.example.com:5432/portdesk.</source>
        <translation>URL de la base de datos: indique la URL del servidor PostgreSQL, como postgresql://alice@db.example.com:5432/portdesk.</translation>
    </message>
    <message>
        <source>Store URL: &quot;%1&quot; is not a postgresql:// URL.</source>
        <translation>URL de la base de datos: &quot;%1&quot; no es una URL postgresql://.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The password could not be kept in %1: it is not saved.</source>
        <translation>La contraseña no se pudo guardar en %1: no queda guardada.</translation>
    </message>
    <message>
        <source>No keyring is available: the store&apos;s password is not saved.</source>
        <translation>No hay ningún llavero disponible: la contraseña de la base de datos no se guarda.</translation>
    </message>
</context>
<context>
    <name>portdesk::TimelineWidget</name>
    <message>
        <source>Case timeline</source>
        <translation>Cronología del caso</translation>
    </message>
    <message>
        <source>%1: done %2</source>
        <translation>%1: hecho el %2</translation>
    </message>
    <message>
        <source>%1: projected for %2, overdue</source>
        <translation>%1: previsto para el %2, vencido</translation>
    </message>
    <message>
        <source>%1: projected for %2</source>
        <translation>%1: previsto para el %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>vencido %1</translation>
    </message>
    <message>
        <source>LOA resubmitted 2</source>
        <translation>LOA reenviada 2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>No case shown.</source>
        <translation>No se muestra ningún caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestones. </source>
        <translation>
            <numerusform>%n hito. </numerusform>
            <numerusform>%n hitos. </numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Siguiente: %1.</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Hoy es %1.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>portdesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>e.g. Jane Roe</source>
        <translation>p. ej. Jane Roe</translation>
    </message>
    <message>
        <source>e.g. jane.roe@example.com</source>
        <translation>p. ej. jane.roe@example.com</translation>
    </message>
    <message>
        <source>Business Calling numbers are assigned to users by their email address.</source>
        <translation>Los números de Business Calling se asignan a los usuarios por su dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>portdesk::UsersDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Part of a name or email</source>
        <translation>Parte de un nombre o correo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
</context>
<context>
    <name>portdesk::UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>Cr&amp;ear</translation>
    </message>
    <message>
        <source>Edit Voice Connector</source>
        <translation>Editar Voice Connector</translation>
    </message>
    <message>
        <source>Numbers assigned to this Voice Connector stay assigned to it.</source>
        <translation>Los números asignados a este Voice Connector siguen asignados a él.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorsModel</name>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Numbers assigned</source>
        <translation>Números asignados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorsView</name>
    <message>
        <source>Voice Connectors</source>
        <translation>Voice Connectors</translation>
    </message>
    <message>
        <source>&amp;New Voice Connector…</source>
        <translation>&amp;Nuevo Voice Connector…</translation>
    </message>
    <message>
        <source>Numbers ported for Voice Connector are assigned to one of these.</source>
        <translation>Los números portados para Voice Connector se asignan a uno de estos.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>A Voice Connector with numbers assigned cannot be deleted: unassign them first.</source>
        <translation>Un Voice Connector con números asignados no se puede eliminar: desasígnelos primero.</translation>
    </message>
    <message>
        <source>Delete Voice Connector</source>
        <translation>Eliminar Voice Connector</translation>
    </message>
    <message>
        <source>Delete the Voice Connector %1? This cannot be undone.</source>
        <translation>¿Eliminar el Voice Connector %1? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
</context>
<context>
    <name>portdesk::service</name>
    <message>
        <source>The store could not complete the change.</source>
        <translation>La base de datos no pudo completar el cambio.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>Case %1 is at version %2, not %3; your change was not applied.</source>
        <translation>El caso %1 está en la versión %2, no en la %3; su cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 (%4; now version %5, yours was %6); your change was not applied.</source>
        <translation>%2 cambió el caso %1 el %3 (%4; ahora versión %5, la suya era %6); su cambio no se aplicó.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
</context>
</TS>
