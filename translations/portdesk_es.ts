<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentCopy</name>
    <message>
        <source>Cannot create the folder %1 to open %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to open it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRules</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: attach a carrier invoice or customer service record that has content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: attachments may be at most %3. Attach a smaller scan or only the pages that show the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG or JPEG file (judged by its content): only these types can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a %2 but its name does not end in .pdf, .png, .jpg or .jpeg: rename it so that it opens with the right program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named as a %2 file but its content is a %3: rename it to match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BtnPage</name>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN is the main number of an account with the current carrier. If it is among the numbers being ported, say what happens to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happens to the BTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this option only when your account with the current carrier is set up this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w BTN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(206) 555-0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number on the same account with the current carrier that is not being ported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) refused:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned and deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) assigned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) unassigned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) moved to the deletion queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-business day of your carrier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <source>Extra non-business days: &quot;%1&quot; is not a date of the form YYYY-MM-DD; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierGroupForm</name>
    <message>
        <source>C&amp;arrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current carrier, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the carrier has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;TN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Telephone Number, e.g. (206) 444-0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custo&amp;mer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the carrier contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address, as on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>98101 or 98101-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;horizing person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge of billing with the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. IT manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizing person&apos;s phone, e.g. (206) 444-0199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, the authorizing person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full or pa&amp;rtial port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this request move every number on the account with the carrier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full port: every number on the account moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial port: some numbers stay with the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers &amp;kept by the carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial port: the numbers that stay, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current RespOrg (if kno&amp;wn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free: the RespOrg that manages the numbers now, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target RespOrg I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free: the RespOrg ID the numbers move to, e.g. JYT01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type o&amp;f account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the carrier account is a business or a residential one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished">Empresa</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished">Residencial</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <source>Carrier accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group per carrier account: each group gets its own Letter of Authorization. Type every field exactly as on the current carrier&apos;s contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups (one LOA each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umbers in this group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected to a ne&amp;w group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve selected to group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseAttachment</name>
    <message>
        <source>Carrier invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSecrets</name>
    <message>
        <source>carrier group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port-out account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port-out PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support may not reveal %1: a port-in&apos;s PIN is for the losing carrier, on the LOA; only the case&apos;s admin reveals it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the admin or support reveals %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Only an admin can submit a port-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can submit a port-out request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is submitted once, with its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no open change request to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction cannot add or remove carrier groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not named in the change request: it must stay as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s account numbers and PINs cannot be read or written with your key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a team store only an admin of the account files a port-out; the login %1 is support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this team store the login %1 is %2: it cannot act as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStateMachine</name>
    <message>
        <source>Only the admin may take the step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only support may take the step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 is taken by the clock, not by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: the case is %2, a final state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible while the case is %2: it waits for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support&apos;s answer: portable or not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to issue an account ID and PIN for the new carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to request the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin to sign and submit the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to record the carrier&apos;s approval or a change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin to correct the request and resubmit the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to record the FOC date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin to confirm the FOC date or ask for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock: the numbers enter the inventory one day before the FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock: the numbers are activated at the FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to record that the numbers have ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin to unassign and delete the ported-out numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: the case is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a port-out step; this case is a port-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a port-in step; this case is a port-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOC %1 has already passed: ask the carrier for a new date instead (reject-foc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are already in the inventory, less than 48 hours before the FOC: the port can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOC is %1, less than 48 hours away: the port can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the numbers are not portable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the fields that differ from the carrier&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a field of the request: %1. The fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account ID that the new carrier will quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PIN that the new carrier will quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The port-out closes once its numbers are deleted; still to delete: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The FOC date is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers enter the inventory one day before the FOC, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are activated at the FOC, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the numbers the carrier rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number of this case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rejection reason code. The codes are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the carrier rejected the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTerms</name>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN option</source>
        <translation type="unfinished">Opción del BTN</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation type="unfinished">Nuevo BTN</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation type="unfinished">Persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished">Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished">Nombre del cliente</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished">Dirección de servicio</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (say what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN is not ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the BTN with a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the account at the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number is its own BTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business or residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation type="unfinished">RespOrg actual</translation>
    </message>
    <message>
        <source>Target RespOrg ID</source>
        <translation type="unfinished">ID de la RespOrg de destino</translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished">Empresa</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished">Residencial</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full port: every number on the account moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial port; staying with the carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current RespOrg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA resubmitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>--db needs a store URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs a date and time in ISO 8601 form, such as 2026-12-14T10:00:00-05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown global option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object (the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-in needs: submit REQUEST.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-out needs: submit REQUEST.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case needs a subcommand: list, show, advance or correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list takes no arguments besides --state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case show needs a case id (a positive integer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 (%2): %3 [order status %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new BTN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  BTN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Authorizing person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Account number: %1  PIN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customer name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Service address: %1, %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Numbers (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out account ID: %1  PIN: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case advance needs a case id and an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by the clock, not by a person: use clock tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as must be admin or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not belong to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a date and time with its offset, such as 2026-12-15T10:00:00-05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case correct needs a case id and a request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a port-out: LOAs belong to port-in cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prefix needs the start of a US number, such as +1206 or 206.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	ported out: unassign and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory assign needs exactly one of --user EMAIL or --voice-connector NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory %1 needs at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown inventory subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice-connector create needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock needs: tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign them with: portdesk-cli loa sign %1 --name NAME --title TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the corrected LOAs with: portdesk-cli loa sign %1 --name NAME --title TITLE --request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loa needs: export ID --out DIR, sign ID ... or status ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is en or es, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loa %1 needs a case id (a positive integer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to loa sign, not loa status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 signed %2 by %3 (%4), valid until %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every LOA is signed and current: submit-loa may go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loa sign needs --name and --title: the authorizing person signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carrier needs a carrier group number (1, 2, ...) or a carrier name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no carrier group with the carrier &quot;%2&quot;; its groups: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has more than one carrier group with the carrier &quot;%2&quot;: give the group&apos;s number instead (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier %1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every LOA is signed and current: nothing to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 numbers changed, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product-type is BusinessCalling or VoiceConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--case needs a case id (a positive integer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory show needs one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory and has no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the inventory any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory unassign-delete needs numbers or --case ID, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory export needs --format json or --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory import needs one file: inventory import FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows refused: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connectors created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice-connector %1 needs the connector&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --encryption or --no-encryption, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>voice-connector needs: create, edit, delete or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user edit needs the user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs: add, edit or list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portdesk-cli user add EMAIL [--name NAME]
       portdesk-cli user edit EMAIL [--email NEW] [--name NAME]
       portdesk-cli user list [--contains TEXT]

The Business Calling users numbers are assigned to. Emails are unique
(ignoring case); inventory assign --user creates a user that is new.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loa %1 needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case id and a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case id and a file id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind belongs to loa attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is carrier-invoice or customer-service-record, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file id is a positive integer (see loa files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portdesk-cli port-in submit REQUEST.json [--dry-run]

Submits a port-in request (- reads it from stdin; its members are described
by the JSON Schema request.schema.json, installed in share/portdesk). Every rule is checked; all violations are reported at once, one a
line on stderr (exit 1). On success prints the new case id alone on a line.
  --dry-run   check against the store, submit nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portdesk-cli port-out submit REQUEST.json

Submits a port-out request: {&quot;productType&quot;: ..., &quot;adminEmail&quot;: ...,
&quot;numbers&quot;: [...]} (- reads it from stdin). The numbers must be in the
inventory. Prints the new case id alone on a line.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version needs a version (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fields: &quot;%1&quot; is not a field of the request; name them as the request file does: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out account ID (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue-pin needs the account ID: --account-id-file FILE, --account-id - (standard input), or run it at a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reveal is no step of the case: case show ID --reveal reveals and records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1 contradicts the login: on this team store %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated PIN: %1 (give it to the admin for the new carrier; case show --reveal shows it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (login %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as belongs to case show --reveal: the role that reveals.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given before and after the command with different values: give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk ended the last time without closing this store. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store is open read-only (%1): steps the clock has made due were not applied (%n case(s) wait for one; purges: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: standard input (-) is read once, and %2 reads it already; give one of them a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read standard input: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version and --expect-versions do not go with --partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --expect-version or --expect-versions, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version is for one number; for several use --expect-versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory %1 of several numbers takes no versions: name one number with --expect-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-versions needs one version per number (%1), in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-versions needs whole numbers, 0 or more, separated by commas.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store.key-unavailable: no LOA is made: this store&apos;s account numbers and PINs cannot be read with your key: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1: attachments may be at most that.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loa provider takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reset goes alone: it restores the default gaining provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify needs: send, list, opt-out, opt-in, opt-outs or settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify send takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP server is set: portdesk-cli notify settings --server URL --sender ADDR first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, failed %2, gave up %3, pending %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some messages did not go; portdesk-cli notify list --pending says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify opt-out and opt-in need a KIND and --email E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify opt-outs takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify settings takes no arguments, only options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--support-address &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-file names a file that every notify send reads again; standard input (-) cannot be kept: give the file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--starttls is one of required, optional and off, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1 or --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be read by its group or by others; keep the %2 in a file only you can read (chmod 600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 given with --%2 is visible to other users of this machine (in ps) and stays in your shell history; use --%3 FILE or --%2 - (standard input) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the first line of %2 is empty; it must hold the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was read from standard input.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store needs: check, keys or grant-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store keys takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key reads this store&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store.key-unavailable: this store&apos;s secrets cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store grant-keys takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store.key-unavailable: only someone who can read this store&apos;s secrets can grant its key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key has asked for this store&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted the store&apos;s key to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store check takes no arguments.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team needs: init, add-account, add-admin, add-support or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a team store: add accounts, admins and support agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-admin needs a login and --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add-support needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support agent serves every account: add-support takes no --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the login %1 without a password: set one with psql&apos;s \password %1 (or use the server&apos;s own authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: admin of account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a team store yet (team init makes it one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: portdesk-cli validate NUMBER...

Checks each number: one line each with its E.164 form (or the input when it
cannot be read), the verdict (valid, toll-free or refused) and the reason.
Area codes and countries follow today&apos;s numbering plan: the data compiled
into PortDesk (with --json, each row&apos;s &quot;numberingData&quot; names its version).
Exit status 1 when any number is refused.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>Comments are written by the admin or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only support can write internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment can be at most %1 characters long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address associated with your administrator account: support answers there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>Give the email address of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the email address %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Voice Connector a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable Voice Connector name: up to 100 letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Voice Connector region; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice Connector named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Voice Connector no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed while open port-ins name it (case %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n number(s) assigned: unassign them before deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while open port-ins name it (case %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>The draft no longer exists (it may have been discarded or pruned already).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n number(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Voice Connectors: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryExchange</name>
    <message>
        <source>The export could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in open port-in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time in ISO 8601 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E164PhoneNumber is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E164PhoneNumber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in row %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country must be &quot;US&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be Local or TollFree, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is toll-free, but Type says Local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not toll-free, but Type says TollFree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProductType must be BusinessCalling or VoiceConnector, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is toll-free: toll-free numbers are Voice Connector numbers, never Business Calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being ported in: import it once its port-in has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; cannot be imported: use Unassigned, Assigned or DeleteInProgress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeletionTimestamp is set, but Status is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is %1, but Associations names an assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is Assigned: Associations must name exactly one user or Voice Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 number&apos;s association is %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The association has no Value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserId &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;: create it first (or import with missing connectors created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an inventory in the ListPhoneNumbers shape (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;PhoneNumbers&quot; list: it is not a ListPhoneNumbers response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <source>%1 is not in the phone number inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ported out: it has left for another carrier and cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the deletion queue: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being ported out: it cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already assigned to %2: unassign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is toll-free: toll-free numbers go to a Voice Connector, never to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Voice Connector number: assign it to a Voice Connector, not to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Business Calling number: assign it to a user, not to a Voice Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the deletion queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the deletion queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being ported in: it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in an open port-out: it can be deleted once it has ported out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned: unassign it before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the deletion queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ported out: it has left for another carrier and cannot be restored. Only a new port-in can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted more than %2 days ago: it can no longer be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the email address of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Voice Connector named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory (a number deleted more than %2 days ago is gone for good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one number to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one number to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived with port-in %1, not yet active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated: port-in %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: port-in %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: in the deletion queue for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the deletion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged from the deletion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered port-out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported out with port-out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a file as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a port-in: only a port-out ends by deleting its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has not ported out (it is %2): its numbers stay until the carrier has taken them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 was changed by %2 at %3 (%4; now version %5, yours was %6); your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) given for %1 number(s): give one version for each number, in the same order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <source>Port &amp;out numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 206 or +1206444</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area code or the start of a number, in any notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email, name or Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaContent</name>
    <message>
        <source>carrier group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LOA for %1 is not signed: sign it before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LOA for %1 was signed on %2, more than %3 days ago: sign it again before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LOA for %1 was signed (version %2) before the request changed (%3): sign the new version before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaDocument</name>
    <message>
        <source>Carrier group %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account number and PIN cannot be read: this store&apos;s key is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaPrintPreview</name>
    <message>
        <source>Letter of Authorization for %1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of Authorization %1, case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of Authorization %1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of Authorization, case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of Authorization (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoaService</name>
    <message>
        <source>Only an admin can sign an LOA: support can read the LOAs and their versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s name: the authorizing person signs the LOA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s title, such as Office Manager: the carrier checks that the signer may authorize the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawn signature must be a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawn signature is %1; at most %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a port-out: LOAs belong to port-in cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: its LOAs can no longer be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no carrier group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs, but the request names %2 as the authorizing person: the carrier may refuse an LOA signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1&apos;s request changed while the LOA was open for signing (%2): nothing was signed. Look at the LOA as it is now and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can attach files to a case: support can open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: nothing more can be attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can restore a case&apos;s attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can remove a case&apos;s attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: nothing more can be attached to it, so a deleted file stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no removed attachment %2 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no attachment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LOA cannot be signed: this store&apos;s account numbers and PINs cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, version %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: version %1 was signed on %2, more than %3 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs signing again: the request changed after version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a port-out: it has no LOA. Files about it can still be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n LOA(s) signed and current.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every carrier group&apos;s LOA must be signed, within %1 days and as the request stands now, before the LOAs are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is %1: nothing more is signed or attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PortDesk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;port-in request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New port-&amp;out request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventario</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PortDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate demo store of about 30 cases in every state, in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every page and index of the store for damage, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>%1 (attempt %2 of %3: not tried again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of notification; the kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>the numbers are portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: support requests the Letter of Authorization (LOA) next, and you will hear when it is yours to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers are not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read support&apos;s reason in PortDesk; the case is closed. File a new request once what stood in the way is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please sign the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case in PortDesk, sign the Letter of Authorization (LOA) of each carrier group and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier asks for a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ from the request. Open the case in PortDesk, correct the fields it names and resubmit the LOA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FOC date is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the FOC date in PortDesk, or ask for another date if it does not work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers are in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the numbers to users or a Voice Connector in PortDesk; they go live at the FOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are active. Call one of them to check that it rings where it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port-out PIN is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case in PortDesk to read the account ID and PIN (they are never sent by email) and give them to the new carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port-out was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of your account are to leave. If nobody of your organization asked for this, cancel the case in PortDesk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the request in PortDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LOA is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the signed LOA to the carrier and record its answer (approval or a change request) in PortDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin confirmed the FOC date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more: the numbers enter the inventory one day before the FOC and are activated at the FOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PortDesk] Case %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, a %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC: %1 %2 (the customer&apos;s time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers: %n (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the case in PortDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- 
PortDesk sent this because you are named on the case or work on its account. To stop this kind of message: portdesk-cli notify opt-out %1 --email YOUR-ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>The SMTP server &quot;%1&quot; is not a URL such as smtp://mail.example.com:587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s URL must start with smtp:// or smtps://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s URL must not hold a user or a password: give the user with --user and the password in a file (--password-file) or in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP user %1 needs a password: in a file (notify settings --password-file) or in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password file %1 can be read by others: make it readable by you alone (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberRejectionReasons</name>
    <message>
        <source>Porting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Numbers and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Ca&amp;lling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connecto&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Voice Connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(206) 444-0100
+1 206 444 0101, 206.444.0102
1-800-555-0199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV/TXT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ked numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the numbers will be used, then paste or import them: any notation, one or many per line. Each number is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove refused numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every refused or duplicated number out of the list (Ctrl+Z in the list puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalKey</name>
    <message>
        <source>the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a PortDesk key (the base64 of 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key could be kept: %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>“%1” is not a North American number (country code +%2); only United States numbers can be ported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no area code; enter all ten digits, for example (206) 444-0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid number: a North American number has ten digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts with %2, a service code like 411 or 911, not an area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has area code %2, which is not in service: area codes 37X and 96X are reserved for the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid number: area codes never start with 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a United States number (area code %2: %3); only United States numbers can be ported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a fictional number: 555-0100 through 555-0199 are reserved for films, books and examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has exchange %2, a service code like 411 or 911, which does not start telephone numbers in area code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an extension; enter the phone number without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid North American number: area code %2 is not in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a premium-rate %2 number: the inventory holds Local and TollFree numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a non-geographic 5XX personal number (area code %2): the inventory holds Local and TollFree numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid North American number: exchange %2 is not in service in area code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a local nor a toll-free number: the inventory holds Local and TollFree numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is %2 characters long: a phone number has at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number holds a control character (such as NUL): type or paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s libphonenumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (Google&apos;s metadata %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortOutPin</name>
    <message>
        <source>The PIN may contain digits only (0-9), no letters, spaces or signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least %1 digits, so that it cannot be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN repeats one digit (such as 111111), which anyone could guess: generate one, or choose digits that vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN&apos;s digits run in sequence (such as 123456 or 987654), which anyone could guess: generate one, or choose digits that do not follow each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortRequest</name>
    <message>
        <source>%1 is not a field of the request file and was ignored: check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text value in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a phone number in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to replace it with a new BTN that I am providing. I can confirm that this new BTN is on the same account with the current carrier.</source>
        <translation type="unfinished">Estoy portando mi BTN y deseo reemplazarlo por un nuevo BTN que proporciono. Confirmo que este nuevo BTN está en la misma cuenta con el operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN and I want to close out my account with my current carrier.</source>
        <translation type="unfinished">Estoy portando mi BTN y deseo cerrar mi cuenta con mi operador actual.</translation>
    </message>
    <message>
        <source>I am porting my BTN because my account is currently set up so that each phone number is its own BTN.</source>
        <translation type="unfinished">Estoy portando mi BTN porque mi cuenta está configurada de modo que cada número telefónico es su propio BTN.</translation>
    </message>
    <message>
        <source>Product type &quot;%1&quot; is not known: use BusinessCalling or VoiceConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type is required: BusinessCalling or VoiceConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date &quot;%1&quot; is not a date and time in ISO 8601 form, such as 2026-12-15T10:00:00-05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date &quot;%1&quot; has no time zone: add the offset, such as 2026-12-15T10:00:00-05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN option &quot;%1&quot; is not known: use none, replace, close or eachNumberOwnBtn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriers must be a list of carrier groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a carrier group object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object with street, city, state and zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type &quot;%1&quot; is not known: use business or residential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port type &quot;%1&quot; is not known: use full (every number on the account moves) or partial (some stay with the carrier).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email is required: the address of the administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date and time is required, with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is in the past: choose a future business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is a %2: ports happen on business days (Monday to Friday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is %2, a US federal holiday: choose a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is less than two weeks away: ports usually take 2-4 weeks, so the carrier may offer a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOC date and time is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC date %1 is a weekend day: the FOC must be a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC date %1 is %2, a US federal holiday: the FOC must be a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice Connector port needs the Voice Connector that will receive the numbers: create one first, then name it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector &quot;%1&quot; does not exist: create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice Connector is named but the product type is Business Calling: choose Voice Connector or remove the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one carrier group with its numbers is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1 has no numbers to port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a toll-free number: toll-free numbers can be ported for Voice Connector only, not for Business Calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice in this request (also at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the phone number inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in open port-in case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1 mixes toll-free and local numbers: toll-free numbers go in a group of their own (a separate LOA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person is required: the person in charge of account billing with the current carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name is required, as it appears in the current carrier contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address street is required, as on the carrier contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address city is required, as on the carrier contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address state is required (two-letter code such as WA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address state &quot;%1&quot; is not a US state or territory code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address ZIP code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code &quot;%1&quot; is not valid: use 5 digits or ZIP+4 (12345-6789).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN is among the numbers being ported: choose what happens to it (replace it, close the account, or each number is its own BTN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BTN option is chosen but no BTN is among the numbers being ported: choose &quot;none&quot; or add the BTN to the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation type="unfinished">Nuevo BTN</translation>
    </message>
    <message>
        <source>The new BTN %1 is the BTN being replaced: give a different number on the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new BTN %1 is itself being ported: it must stay with the current carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new BTN is given but the BTN option is not &quot;replace&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one number to port out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the phone number inventory: only numbers you hold can be ported out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 number, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in an open port-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the deletion queue: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being ported in: it can be ported out once active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizing person&apos;s title is required for a business account (e.g. Office Manager): the LOA prints it where the person signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizing person&apos;s phone number is required: the carrier may call to confirm the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person&apos;s phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email &quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether this request moves every number on the account with the carrier (full port) or leaves some there (partial port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier are listed, but the port is a full port: choose partial port, or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial port must list the numbers that stay on the account with the carrier: the carrier keeps the account open for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that stay with the carrier, number %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as staying with the carrier and as being ported: it can be only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice among the numbers that stay with the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RespOrg is given for a group of local numbers: RespOrgs manage toll-free numbers only. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers move by a RespOrg change: the target RespOrg ID (5 characters, e.g. JYT01) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target RespOrg ID &quot;%1&quot; is not a RespOrg ID: it has 5 characters, three letters then two digits (e.g. JYT01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the account is a business or a residential one, as the carrier has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request holds %1 numbers: one request may hold at most %2 (the largest bulk order a carrier takes). Split it into several requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation type="unfinished">Persona que autoriza</translation>
    </message>
    <message>
        <source>Authorizing person&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished">Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished">Nombre del cliente</translation>
    </message>
    <message>
        <source>Service address street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation type="unfinished">RespOrg actual</translation>
    </message>
    <message>
        <source>RespOrg ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is more than a year ahead: carriers take port orders for the coming weeks, not years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date %1 is %2 (Settings, extra non-business days): choose a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC date %1 is %2 (Settings, extra non-business days): the FOC must be a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not an IANA time zone: use an id such as America/New_York, America/Chicago, America/Denver, America/Phoenix or America/Los_Angeles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not in the United States or its territories: give the zone of the service address, such as America/Chicago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested port date is given with offset %1 but time zone %2 is at %3 on %4: give the time in the zone&apos;s offset (%5) or correct timeZone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in an open port-in of another account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the request says, and the LOAs it will need. Submit runs the same checks as the command line and opens the new case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleStore</name>
    <message>
        <source>The sample store must start empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed port-in has numbers left to port out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample store needs the current time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Requested date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the numbers should move to the new service: a business day, not a weekend or a US federal holiday. A port usually takes 2-4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the date you ask for. The current carrier then confirms the actual date and time of the port (the Firm Order Commit, FOC), and support asks you to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>(cannot be read: this store&apos;s key is not available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretService</name>
    <message>
        <source>Name the secret to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s account numbers and PINs cannot be read with your key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 holds no such secret: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2. Account numbers and PINs stay masked in the case (Reveal shows them); take it out of the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Case %1 was changed by another program at the same time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out %1: only %2 of its %3 numbers could be marked; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is at schema %2 and cannot be upgraded to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is busy: another program is writing to it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: %2. Nothing more is written to it; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 refused a change: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 did not confirm a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is busy: another program holds it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: %2. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file: give the path of a PortDesk store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a PortDesk store (it is not a SQLite database). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as if cut off. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database but not a PortDesk store. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer PortDesk (schema %2; this one knows up to %3). Open it with that version or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: this PortDesk has no PostgreSQL driver (install the Qt PostgreSQL plugin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables but is not a PortDesk store. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is busy with another change of this program; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change holds an account number, PIN or account ID, and the store %1 cannot seal it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist (a store opened read-only is never created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2) and is not a PortDesk store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open read-only (%2) and has schema %3, which this PortDesk reads only after upgrading it to %4: open it once with write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL store address (%2): use postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a kind of store PortDesk uses. A store is a SQLite file (a path, or sqlite:PATH) or a PostgreSQL database (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be reached: the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>Checked every page and every index of %1 (%2 MB) in %3 s: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked every page of %1 (%2 MB) in %3 s: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: SQLite&apos;s check found &quot;%2&quot;. Nothing more is written to it; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every row of the %1 tables of %2 (%3 rows) in %4 s: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreProbe</name>
    <message>
        <source>No store given: choose a SQLite file or give a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store there yet: PortDesk makes a new one in %1 when it opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: schema %1, the SQLite file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: schema %1, team store as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: schema %1, single-user store as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSecrets</name>
    <message>
        <source>The store %1 cannot be upgraded: its account numbers and PINs are now sealed with a key of yours, and none could be had. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to a key (the base64 of 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key of yours was found (%1, the keyring, or the key file %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s keys cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your key (%1) has asked for this store&apos;s key and has not been given it yet (portdesk-cli store grant-keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in %1 is not one this store&apos;s secrets were sealed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only someone who can read the store&apos;s secrets can grant its key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportRequestText</name>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porting phone numbers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier %1 of %2 (LOA %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing phone numbers to port in (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Voice Connector name: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person’s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service PIN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address and customer name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date and time for the port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New BTN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porting phone numbers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers to port out (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>A team store is a PostgreSQL store: %1 is a single-user SQLite store, where the role is chosen with --as or the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the store&apos;s tables sets up the team; the login %1 is not the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team store yet: run portdesk-cli team init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account&apos;s name is not a number (--account takes an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 1 to 63 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos; (not pg_ or portdesk_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (team list shows them; team add-account adds one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is %2 characters long: it may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at position %3: remove it, and type or paste the text again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsTimeZones</name>
    <message>
        <source>Eastern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico/USVI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceConnectorDialog</name>
    <message>
        <source>New Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice Connector port needs the Voice Connector that will receive the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pbx-east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt calls (TLS signaling and SRTP media)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Port United States phone numbers into and out of the cloud calling service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: sqlite:PATH, a file path or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo store of about 30 cases in every state, made afresh with dates relative to today (never your real store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample store could not be made.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk — SAMPLE store (demo cases, not your real store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing to the store: look only (a store you cannot write opens so by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk needs a display: start it on a desktop, or under Xvfb (xvfb-run -a portdesk). portdesk-cli works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings were ignored (File ▸ Settings… shows them):

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::ActionDialog</name>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::AssignDialog</name>
    <message>
        <source>Business Calling &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected number to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the %1 selected numbers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers are assigned to a Voice Connector only, never to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the selected numbers are toll-free: toll-free numbers go to a Voice Connector only, so the selection cannot go to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are Voice Connector numbers: they are assigned to a Voice Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are Business Calling numbers: they are assigned to users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection mixes Business Calling (%1) and Voice Connector (%2) numbers: the ones of the other kind will be refused and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Voice Connector yet: create one in the Voice Connectors tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::BtnPage</name>
    <message>
        <source>The BTN is not being ported.</source>
        <translation type="unfinished">El BTN no se porta.</translation>
    </message>
    <message>
        <source>carrier group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, carrier group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN %1 is among the numbers being ported: choose one of the options below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN %1 is not among the numbers being ported, so it stays with the current carrier: &quot;The BTN is not being ported&quot; applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BTN has been given yet: go Back to the carrier accounts to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CarrierGroupForm</name>
    <message>
        <source>Two-letter code of the state or territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CarrierGroupsModel</name>
    <message>
        <source>(1 number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers have a group and an LOA of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished">Número de cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished">Nombre del cliente</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation type="unfinished">Persona que autoriza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Cargo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation type="unfinished">Gratuito (toll-free)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Business or residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current RespOrg</source>
        <translation type="unfinished">RespOrg actual</translation>
    </message>
    <message>
        <source>Target RespOrg ID</source>
        <translation type="unfinished">ID de la RespOrg de destino</translation>
    </message>
</context>
<context>
    <name>portdesk::CarriersPage</name>
    <message>
        <source>No numbers yet: go back and add the numbers to port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free numbers go on an LOA of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other group of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complete or correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseActions</name>
    <message>
        <source>&amp;Portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the numbers can be ported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not portable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the numbers cannot be ported, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the admin to sign and submit an LOA for each carrier group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier confirmed the LOA and approved the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ: name the fields for the admin to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the FOC date and time the carrier gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue account ID and P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account ID and PIN for the new carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark ported out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the numbers have left for the new carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the signed LOA of every carrier group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields the change request named and resubmit the LOA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the FOC date and time work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOC does not work: ask for another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canc&amp;el case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this port. A reason is asked, then confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier asked for changes: use “Correct and resubmit” to answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change request to answer: the case is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. The case is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit unchanged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the fields the carrier named has changed. Resubmit the LOA as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the corrected LOA is resubmitted. The case is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of case %1 cannot be ported. The admin reads the reason; the case ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another FOC date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOC %1 does not work. Support asks the carrier for another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which dates work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the port of case %1. The numbers stay with the current carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the port-out of case %1. The numbers stay in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel case %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the numbers of case %1 left for the new carrier? They are then to be unassigned and deleted from the inventory; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier rejected some numbers: say which and why; the rest go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;et FOC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an&amp;d resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseCommentsSection</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter posts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (s&amp;upport only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only support sees internal notes; the admin never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ost comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commen&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commen&amp;ts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseHistoryModel</name>
    <message>
        <source>Request submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1 and resubmitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID and PIN issued (shown masked under Request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are in the inventory, assignable but not live yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers left for the new carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ported-out number is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted at least %2 days before: gone for good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier rejected %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number is left to port: the case ends as not portable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseHistoryView</name>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseQueueModel</name>
    <message>
        <source>Port in</source>
        <translation type="unfinished">Portabilidad entrante</translation>
    </message>
    <message>
        <source>Port out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1: %2 was projected for then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is projected for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status: %1. Waiting for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account / customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected from the case&apos;s history; sort by Due to see what is overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next milestone is projected, from the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseRequestSection</name>
    <message numerus="yes">
        <source>%n numbers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new BTN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carrier group %1 — %2 (%n numbers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>carrier not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — rejected: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the %1 (showing it is recorded in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone and email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RespOrg change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CaseView</name>
    <message>
        <source>FOC: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOAs &amp;&amp; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-in %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order status %2). The case is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order status %2). Waiting for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CasesView</name>
    <message>
        <source>Port in</source>
        <translation type="unfinished">Portabilidad entrante</translation>
    </message>
    <message>
        <source>Port out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer, carrier, email or case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number in any notation (or its first or any 3+ digits), a customer, carrier or admin email, or a case id. Ctrl+F comes here; Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide cases that have ended (completed, closed, cancelled, not portable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), the first %1 loaded: scroll for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::CorrectRequestDialog</name>
    <message>
        <source>Correct and resubmit the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier asked for changes to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these fields can be edited; everything else stays as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice Connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BTN option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New BTN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of group %1, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umbers, one a line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubmit LOA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::EmailNotificationsDialog</name>
    <message>
        <source>to the case&apos;s admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to every admin of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the notifications this address receives by email. An unchecked kind is not sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryModel</name>
    <message>
        <source>Ported out: unassign and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported in with case %1, port-out case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported in with case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free: assigned to a Voice Connector only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the numbers left with port-out case %2. Unassign and delete them to close the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived the day before the FOC date: assignable now, live on the FOC date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In open port-out case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged at the next clock tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Número</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::InventoryView</name>
    <message>
        <source>Ported out: unassign and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected numbers to a user or a Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign the selected numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the selected unassigned numbers to the deletion queue (restorable for %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign and d&amp;elete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported out: unassign and delete the selected numbers in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected numbers from the deletion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers shown to JSON (the service&apos;s ListPhoneNumbers) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers from a ListPhoneNumbers JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;sers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and edit the users numbers are assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ported out: to unassign and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %1? It stays in the deletion queue for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigning and deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged at the next clock tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">a %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the inventory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n ported out: unassign and delete them to close their port-out.&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted numbers stay here for %n day(s), restorable, then the clock removes them for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most %1 numbers for one action; narrow the selection with the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the numbers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n number(s) to %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unassign numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n number(s)? They stay in the inventory, unassigned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n number(s)? Only unassigned numbers can be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They stay in the deletion queue for %n day(s) and can be restored until then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unassign and delete %n number(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the port-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign and delete every number of port-out case %1 still in the inventory? The case closes once they are all deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListPhoneNumbers JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListPhoneNumbers JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a Voice Connector that does not exist here. Create the missing Voice Connectors (default region, no encryption) and import?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ported-out number(s) left with a port-out and stay in the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ported-out numbers left with a port-out: they cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::IssuePinDialog</name>
    <message>
        <source>Issue account ID and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin gives these to the new carrier when requesting the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PIN to the clipboard, to paste it for the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the PIN with %1 new random digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of your own: at least %1 digits, not one digit repeated (111111), not a run up or down (123456, 987654).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk generated this PIN of random digits. Copy it or note it now: once issued it is shown masked, behind Reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::LoaAttachments</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the file from the case: the LOA no longer names it. It stays in the list, greyed, for Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches a deleted file to the case again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent carrier invoice or customer service record: PDF, PNG or JPEG, at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (named on the LOA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the case on %1 (added on %2): not named on the LOA. Restore attaches it again until %3; then it goes for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a carrier invoice or customer service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached as a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted from the case: Restore attaches it again, then it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in its viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened %1; a copy is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached again; the LOA names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted from the case; the LOA no longer names it. Select it and press Restore to attach it again within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::LoaCompareDialog</name>
    <message>
        <source>Compare LOA versions: case %1, carrier group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field of the LOA differs between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the LOA differ from %1 to %2:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the account number and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (signed %2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request as it stands now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::LoaPanel</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of Authorization, one per carrier group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the LOA is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizing person signs this carrier group&apos;s LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed versions of the selected LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions selected: what changed between them. One: what changed since it was signed. None: since the last version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of Authorization, &amp;by carrier group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed versions of the selected LOA, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon: sign again if the LOAs are not submitted before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA is signed: version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the LOA as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA, version %2, signed, is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA, unsigned (%2), is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1&apos;s LOA has no signed version to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Sign… to see the LOA as the request stands now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::LoaSignDialog</name>
    <message>
        <source>C&amp;lear drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the LOA: case %1, carrier group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Carrier group %1 of %2: %3&lt;/b&gt;, %n number(s).&lt;/p&gt;&lt;p&gt;By signing, %4 authorizes the new service provider to act as its agent for porting these numbers and the current carrier to release them. The LOA is signed as the request stands now: if the request changes, it must be signed again. A signature is good for %5 days.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Full name of the authorizing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Office Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drawn signature (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s name to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s title to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typed name signs on its own; drawing is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing and the typed name go on the LOA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::LoaVersionsModel</name>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shows another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Cargo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
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
        <source>About PortDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port numbers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished port-in request: %1. Resume it, or discard it and start a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-in request submitted: case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-out request submitted: case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That draft no longer exists: it may have been discarded or pruned meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample store could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes made by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as &amp;admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as &amp;support agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose steps the case view offers (Ctrl+Alt+A: admin, Ctrl+Alt+S: support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only: nothing can be filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account numbers and PINs cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s key is not available to you: a port-in&apos;s account number and PIN could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp;notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the notifications your address receives by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email notifications saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store, language, time zone, LOA, email and calendar settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk opens the new store at its next start. Restart PortDesk now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, admin of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, support agent (every account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store: the role comes from the login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read-only (%1): steps the clock has made due are not applied (%n case(s) wait for one).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only (%1): nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only (%1): nothing can be filed or changed. Open it with write access to file a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port numbers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortDesk %1&lt;/h3&gt;&lt;p&gt;Port United States phone numbers into and out of the cloud calling service.&lt;/p&gt;&lt;p&gt;Numbering data: %2&lt;br&gt;Store: %3&lt;/p&gt;&lt;p&gt;PortDesk is licensed under the Apache License, Version 2.0 (/usr/share/doc/portdesk/copyright).&lt;/p&gt;&lt;p&gt;It is built on Qt %4 (GNU LGPL version 3; Help ▸ About Qt), libphonenumber (Apache License 2.0) with Google&apos;s numbering metadata (Apache License 2.0, through libphonenumber-js, MIT), SQLite (public domain) and, for team stores, PostgreSQL&apos;s libpq (PostgreSQL Licence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::NotificationCenter</name>
    <message>
        <source>Email notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email notifications: %1 sent, %2 not sent (tried again later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::NumberDetailsPanel</name>
    <message>
        <source>Select a number to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign and de&amp;lete this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (in the deletion queue since %2; restorable for %n more day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (arrived before its FOC date: assignable now, live on the FOC date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ported out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port-out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ported out: unassign and delete.&lt;/b&gt; This number left for another carrier with port-out case %1. Unassign and delete it; the case closes once all its numbers are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish port-out %1 (&amp;every number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign and delete every number of port-out case %1 still in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::NumberLinesModel</name>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an open port (case %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in an open port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished">Número</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::NumberRejectionReasons</name>
    <message>
        <source>On another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN of another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not portable (e.g. wireless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another order pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::NumbersPage</name>
    <message>
        <source>…and %1 more: see the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice: also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll-free: can be ported for Voice Connector only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 numbers: %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers: %2 valid (%3 toll-free), %4 refused, %5 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone numbers in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to port: still checking (%1 of %2 done); Next works once every number has its verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to port: paste or import at least one US phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number type: a toll-free number cannot be ported for Business Calling; choose Voice Connector, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number type: %1 toll-free numbers cannot be ported for Business Calling; choose Voice Connector, or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to read its verdict in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in open port-in case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the phone number inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to port: a line cannot be ported; correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers to port: %1 lines cannot be ported; correct or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking the request&apos;s %n number(s) against the store…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers to port: still checking the request against the store; the next page opens when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::PortInView</name>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Port numbers in&lt;/h2&gt;&lt;p&gt;Bring existing United States numbers from your current carrier to Business Calling or to a Voice Connector. Porting usually takes 2–4 weeks: support checks that the numbers can be ported, you sign a Letter of Authorization for each carrier, the carrier gives a Firm Order Commit (FOC) date, and one day before it the numbers appear in your inventory.&lt;/p&gt;&lt;p&gt;Have ready: the numbers, and for each carrier account the Billing Telephone Number (BTN), the authorizing person, and the customer name and service address exactly as on the carrier contract.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New port-in request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &amp;out numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts not yet submitted (kept for 30 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft &quot;%1&quot;? It cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::PortInWizard</name>
    <message>
        <source>Port numbers in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Port-in request, %n number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Port numbers in — the draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so what you typed would be lost. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::PortOutDialog</name>
    <message>
        <source>Port numbers out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: part of a number, e.g. 206 444</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste numbers, any notation, one or many per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the numbers to port out to another carrier. Support answers with an account ID and PIN to give the new carrier; when the port is done, unassign and delete the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers can be ported out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::RejectNumbersDialog</name>
    <message>
        <source>Reject numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier rejected some numbers of case %1. Check them (Space checks the current one) and say why: the other numbers go on porting, and the rejected ones never enter the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers still porting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: as the carrier said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number still porting is rejected: the case ends as not portable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) rejected; %1 go on porting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portdesk::RequestChangeDialog</name>
    <message>
        <source>Request a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s records differ from the LOA. Tick the fields that differ: the admin can correct exactly these and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the carrier has on file, if it helps the admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: say what differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::ReviewPage</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the request as the console&apos;s support form wants it (Category, Subject, Issue, Email) to the clipboard and saves it to a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not save the request. Nothing was submitted; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit was refused. Go Back and correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN option</source>
        <translation type="unfinished">Opción del BTN</translation>
    </message>
    <message>
        <source>New BTN</source>
        <translation type="unfinished">Nuevo BTN</translation>
    </message>
    <message>
        <source>Carrier groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing Telephone Number (BTN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizing person&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service address street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service address city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service address state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service address ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct before Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in 1 carrier group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 carrier groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BTN is not being ported.</source>
        <translation type="unfinished">El BTN no se porta.</translation>
    </message>
    <message>
        <source>Letters of Authorization that will be produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier not known (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support asks for the LOAs once it has confirmed that the numbers can be ported; each is signed by the authorizing person of its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier group %1: %2 (LOA %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — being ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing person</source>
        <translation type="unfinished">Persona que autoriza</translation>
    </message>
    <message>
        <source>Current carrier</source>
        <translation type="unfinished">Operador actual</translation>
    </message>
    <message>
        <source>Service account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished">Dirección de servicio</translation>
    </message>
    <message>
        <source>%1, %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished">Nombre del cliente</translation>
    </message>
    <message>
        <source>The request is not complete, so nothing was copied. Correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard (not saved to a file). Paste it into the console&apos;s support form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard and saved to %1. Paste it into the console&apos;s support form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support request not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard; not saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;LOAs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Letter of Authorization of every carrier group as it will be printed, unsigned, with Print and page setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished">Tipo de cuenta</translation>
    </message>
    <message>
        <source>Full or partial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RespOrg change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::SchedulePage</name>
    <message>
        <source>%1, %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekend day, not a business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a US federal holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business day, 1 business day from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business day, %1 business days from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::SetFocDialog</name>
    <message>
        <source>Set the FOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Firm Order Commit date and time the carrier gave, in the customer&apos;s time (%1). It must be a business day and not in the past; the admin then confirms it or asks for another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FOC (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set FOC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s time zone when a request&apos;s address does not tell it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-12-24
2026-12-31</source>
        <comment>example dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra non-business &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your carrier&apos;s own holidays, one date (YYYY-MM-DD) a line: no FOC or port date falls on them, as on the US federal holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gaining provider every LOA names (as portdesk-cli loa provider). Empty fields take the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;ID (SPID, OCN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porting &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://mail.example.com:587</source>
        <comment>example URL</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sende&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password (&amp;keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available: the password cannot be kept here. Give it in a file (portdesk-cli notify settings --password-file) or in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supp&amp;ort address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails you r&amp;eceive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password could not be kept in %1: it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: draw the signature with a mouse, pen or finger. The typed name signs on its own. Delete clears the drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the signature here (optional). Delete or Backspace clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::StoreHealth</name>
    <message>
        <source>The store is being checked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the store; PortDesk stays usable meanwhile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk ended the last time without closing this store: checking its pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::StoreSettingsPage</name>
    <message>
        <source>The store PortDesk opens at start when neither --db nor PORTDESK_DB names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk&apos;s own file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (a team store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://alice@db.example.com:5432/portdesk</source>
        <comment>example URL</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this desktop: the password is not saved at all. It serves Test connection only; keep it in ~/.pgpass for PortDesk to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortDesk stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL: give the PostgreSQL server&apos;s URL, such as postgresql://alice@db.example.com:5432/portdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL: &quot;%1&quot; is not a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in %1: it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available: the store&apos;s password is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::TimelineWidget</name>
    <message>
        <source>Case timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: projected for %2, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: projected for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOA resubmitted 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n milestones. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jane Roe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jane.roe@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Calling numbers are assigned to users by their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::UsersDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers assigned to this Voice Connector stay assigned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorsModel</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::VoiceConnectorsView</name>
    <message>
        <source>Voice Connectors</source>
        <translation type="unfinished">Voice Connectors</translation>
    </message>
    <message>
        <source>&amp;New Voice Connector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers ported for Voice Connector are assigned to one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice Connector with numbers assigned cannot be deleted: unassign them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Voice Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Voice Connector %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>portdesk::service</name>
    <message>
        <source>The store could not complete the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is at version %2, not %3; your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed by %2 at %3 (%4; now version %5, yours was %6); your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
